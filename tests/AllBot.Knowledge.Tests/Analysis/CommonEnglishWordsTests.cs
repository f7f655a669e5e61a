using AllBot.Knowledge.Analysis;

namespace AllBot.Knowledge.Tests.Analysis;

public sealed class CommonEnglishWordsTests
{
    [Theory]
    [InlineData("working")]
    [InlineData("Write")]
    [InlineData("explian")]
    [InlineData("dummies")]
    public void Common_words_their_endings_and_their_misspellings_are_everyday(string word) =>
        Assert.True(CommonEnglishWords.IsOrNear(word));

    [Theory]
    [InlineData("fertility")]
    [InlineData("hereditary")]
    [InlineData("neutrophils")]
    [InlineData("lymphoblast")]
    [InlineData("vaccinations")]
    public void Specialised_words_are_not(string word) => Assert.False(CommonEnglishWords.IsOrNear(word));
}
