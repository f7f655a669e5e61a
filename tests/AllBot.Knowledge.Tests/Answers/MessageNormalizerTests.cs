using AllBot.Knowledge.Answers;

namespace AllBot.Knowledge.Tests.Answers;

public sealed class MessageNormalizerTests
{
    [Theory]
    [InlineData(null, "")]
    [InlineData("   ", "")]
    [InlineData("  what\tis\r\nALL?  ", "what is ALL?")]
    [InlineData("what’s “ALL”", "what's \"ALL\"")]
    [InlineData("ｗｈａｔ ｉｓ ＡＬＬ", "what is ALL")]
    [InlineData("what\u0000is\u200BALL", "what is ALL")]
    public void Text_is_tidied_to_one_plain_line(string? input, string expected) =>
        Assert.Equal(expected, MessageNormalizer.Normalize(input));

    [Fact]
    public void Long_text_is_capped() =>
        Assert.Equal(MessageNormalizer.MaxLength, MessageNormalizer.Normalize(new string('a', 100_000)).Length);

    [Fact]
    public void A_lone_surrogate_is_dropped_not_thrown() =>
        Assert.Equal("what is ALL", MessageNormalizer.Normalize("what is \uD800ALL"));
}
