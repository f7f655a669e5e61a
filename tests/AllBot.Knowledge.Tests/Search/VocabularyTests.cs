using AllBot.Knowledge.Search;

namespace AllBot.Knowledge.Tests.Search;

public sealed class VocabularyTests
{
    private readonly Vocabulary _vocabulary = new(["leukemia", "lymphoblast", "marrow", "pain"], ["leukemia"]);

    [Theory]
    [InlineData("lukemia", "leukemia", 1)]
    [InlineData("leukmeia", "leukemia", 1)]
    [InlineData("limphoblst", "lymphoblast", 2)]
    [InlineData("lymfoblast", "lymphoblast", 1)]
    [InlineData("lymphoblasst", "lymphoblast", 1)]
    public void Typos_in_longer_words_are_corrected(string typo, string term, int edits) =>
        Assert.Contains((term, edits), _vocabulary.Corrections(typo));

    [Theory]
    [InlineData("gain")]
    [InlineData("narrow")]
    [InlineData("xeukemia")]
    public void Short_words_far_words_and_other_first_letters_are_not_corrected(string word) =>
        Assert.Empty(_vocabulary.Corrections(word));

    [Fact]
    public void Topical_terms_are_a_subset_the_vocabulary_tells_apart()
    {
        Assert.True(_vocabulary.IsTopical("leukemia"));
        Assert.False(_vocabulary.IsTopical("marrow"));
        Assert.True(_vocabulary.Contains("marrow"));
    }

    [Fact]
    public void A_phrase_is_held_only_when_one_item_holds_all_its_words()
    {
        var vocabulary = new Vocabulary(["keep", "work", "bone", "marrow"], [],
            [new HashSet<string> { "keep", "bone", "marrow" }, new HashSet<string> { "work" }]);

        Assert.True(vocabulary.HoldsTogether(["bone", "marrow"]));
        Assert.False(vocabulary.HoldsTogether(["keep", "work"]));
        Assert.True(vocabulary.HoldsTogether(["work"]));
    }
}
