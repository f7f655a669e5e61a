using AllBot.Knowledge.Analysis;

namespace AllBot.Knowledge.Tests.Analysis;

public sealed class SynonymExpanderTests : IDisposable
{
    private const string Synonyms = """
        # a comment
        CAR T, CAR-T, CAR T-cell, chimeric antigen receptor
        lymphoblastic, lymphocytic
        ALL, acute lymphoblastic leukaemia
        chemo => chemotherapy, cancer treatment
        lose weight => nutrition
        leukaemia cells, cancer cells
        white cells, white blood cells
        """;

    private readonly PatientAnalyzer _analyzer = new();

    private IReadOnlyList<SynonymMatch> Match(string text) =>
        new SynonymExpander(Synonyms, _analyzer).Match([.. _analyzer.Terms(text).Select(t => t.Term)]);

    [Theory]
    [InlineData("CAR-T")]
    [InlineData("car t cells")]
    [InlineData("CAR T-cell therapy")]
    public void CAR_T_in_any_spelling_finds_chimeric_antigen_receptor(string text)
    {
        var match = Assert.Single(Match(text));
        Assert.Contains(match.Alternatives, alternative => alternative.SequenceEqual(["chimer", "antigen", "receptor"]));
    }

    [Fact]
    public void Lymphocytic_finds_lymphoblastic() =>
        Assert.Contains(Assert.Single(Match("acute lymphocytic")).Alternatives, a => a.SequenceEqual(["lymphoblast"]));

    [Fact]
    public void A_phrase_is_found_with_one_word_inside_it()
    {
        var match = Assert.Single(Match("lost loads of weight"));
        Assert.Equal((0, 3, 1), (match.Start, match.Length, match.Gap));
        Assert.Contains(match.Alternatives, a => a.SequenceEqual(["nutrit"]));
    }

    [Fact]
    public void A_word_inside_that_starts_a_phrase_of_its_own_is_that_phrase() =>
        Assert.Equal([(1, 2)], Match("cancer of the white cells").Select(m => (m.Start, m.Length)));

    [Fact]
    public void A_phrase_is_not_found_with_a_word_inside_it_across_punctuation()
    {
        var terms = _analyzer.Terms("lost, loads weight").Select(t => t.Term).ToList();
        Assert.Empty(new SynonymExpander(Synonyms, _analyzer).Match(terms, (first, last) => false));
        Assert.Single(new SynonymExpander(Synonyms, _analyzer).Match(terms, (first, last) => true));
    }

    [Fact]
    public void The_longest_entry_wins_so_a_full_name_is_one_match()
    {
        var match = Assert.Single(Match("acute lymphoblastic leukemia"));
        Assert.Equal(3, match.Length);
        Assert.Contains(match.Alternatives, a => a.SequenceEqual(["all"]));
    }

    [Fact]
    public void One_way_rules_expand_only_from_the_left()
    {
        Assert.Contains(Assert.Single(Match("chemo")).Alternatives, a => a.SequenceEqual(["cancer", "treatment"]));
        Assert.Empty(Match("chemotherapy"));
    }

    [Fact]
    public void Words_without_synonyms_match_nothing() => Assert.Empty(Match("bone marrow"));

    public void Dispose() => _analyzer.Dispose();
}
