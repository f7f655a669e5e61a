using AllBot.Knowledge.Analysis;
using AllBot.Knowledge.Search;

namespace AllBot.Knowledge.Tests.Search;

public sealed class QuestionConceptReaderTests : IDisposable
{
    private readonly PatientAnalyzer _analyzer = new();
    private readonly QuestionConceptReader _reader;

    public QuestionConceptReaderTests()
    {
        var vocabulary = new Vocabulary(["leukemia", "white", "trial"], ["leukemia", "white", "trial"]);
        _reader = new QuestionConceptReader(_analyzer, new SynonymExpander("", _analyzer), vocabulary);
    }

    public void Dispose() => _analyzer.Dispose();

    [Fact]
    public void A_typo_that_is_no_word_is_surely_the_known_word()
    {
        var concept = Assert.Single(_reader.Read("lukemia"));

        Assert.Equal(0.9f, concept.CertaintyIn(term => term == "leukemia"));
    }

    [Theory]
    [InlineData("write", "white")]
    [InlineData("trail", "trial")]
    public void A_common_english_word_a_letter_away_from_a_known_word_is_only_a_weak_guess(string typed, string known)
    {
        var concept = Assert.Single(_reader.Read(typed));

        Assert.Contains(concept.Alternatives, a => a.Terms.SequenceEqual([known]));
        Assert.Equal(0.5f, concept.CertaintyIn(term => term == known));
    }

    [Fact]
    public void The_common_words_are_embedded_and_read_in_any_case()
    {
        Assert.True(CommonEnglishWords.Contains("Write"));
        Assert.False(CommonEnglishWords.Contains("lukemia"));
        Assert.False(CommonEnglishWords.Contains("lymphoblast"));
    }
}
