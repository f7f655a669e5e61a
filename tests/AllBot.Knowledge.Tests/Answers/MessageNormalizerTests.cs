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
        Assert.Equal(MessageNormalizer.MaxLength, MessageNormalizer.Normalize(string.Concat(Enumerable.Repeat("ab", 50_000))).Length);

    [Theory]
    [InlineData("sooo expensive", "so expensive")]
    [InlineData("helllp", "help")]
    [InlineData("good morning", "good morning")]
    public void A_letter_typed_three_times_running_is_one_letter(string typed, string expected) =>
        Assert.Equal(expected, MessageNormalizer.Normalize(typed));

    [Fact]
    public void An_emoji_is_kept_whole() =>
        Assert.Equal("hi \U0001F44B", MessageNormalizer.Normalize("hi \U0001F44B"));

    [Fact]
    public void A_lone_surrogate_is_dropped_not_thrown() =>
        Assert.Equal("what is ALL", MessageNormalizer.Normalize("what is \uD800ALL"));
}
