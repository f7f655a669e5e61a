using AllBot.Knowledge.Analysis;
using AllBot.Knowledge.Search;

namespace AllBot.Knowledge.Tests.Search;

public sealed class QuestionConceptReaderTests : IDisposable
{
    private readonly PatientAnalyzer _analyzer = new();
    private readonly QuestionConceptReader _reader;

    public QuestionConceptReaderTests()
    {
        var vocabulary = new Vocabulary(["leukemia", "white", "trial", "blood", "cell", "marrow"], ["leukemia", "white", "trial", "blood", "cell", "marrow"]);
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

    [Theory]
    [InlineData("bloodcells", "blood", "cell")]
    [InlineData("BloodCells", "blood", "cell")]
    public void Two_known_words_typed_together_are_found_apart(string typed, string first, string second)
    {
        var concept = Assert.Single(_reader.Read(typed));

        Assert.Equal(0.9f, concept.CertaintyIn(term => term == first || term == second));
        Assert.Equal(0f, concept.CertaintyIn(term => term == first));
    }

    [Fact]
    public void A_word_that_splits_into_an_unknown_part_is_not_split() =>
        Assert.Single(Assert.Single(_reader.Read("bloodfish")).Alternatives);

    [Theory]
    [InlineData("whre is the marrow", "marrow")]
    [InlineData("whta is leukemia", "leukemia")]
    public void A_mistyped_question_word_carries_no_topic(string question, string only) =>
        Assert.Equal([only], _reader.Read(question).Select(c => c.Alternatives[0].Terms.Single()));

    [Theory]
    [InlineData("can dogs eat grapes", "dog")]
    [InlineData("can he catch a cold", "cold")]
    [InlineData("can he eat wheat", "wheat")]
    [InlineData("is whey protein ok", "whei")]
    public void A_real_word_a_letter_away_from_a_question_word_is_kept(string question, string kept) =>
        Assert.Contains(_reader.Read(question), c => c.Alternatives[0].Terms.SequenceEqual([kept]));

    [Fact]
    public void The_common_words_are_embedded_and_read_in_any_case()
    {
        Assert.True(CommonEnglishWords.Contains("Write"));
        Assert.False(CommonEnglishWords.Contains("lukemia"));
        Assert.False(CommonEnglishWords.Contains("lymphoblast"));
    }
}
