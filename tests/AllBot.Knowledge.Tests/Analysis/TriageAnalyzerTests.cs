using AllBot.Knowledge.Analysis;

namespace AllBot.Knowledge.Tests.Analysis;

public sealed class TriageAnalyzerTests
{
    private static string[] Terms(string text, bool stem = true)
    {
        using var analyzer = new TriageAnalyzer();
        return analyzer.Terms(text).Select(t => stem ? t.Stem : t.Word).ToArray();
    }

    [Fact]
    public void Text_speak_and_contractions_are_written_out() =>
        Assert.Equal(["he", "is", "can", "not", "breath", "right", "now"], Terms("hes cant breathe rn"));

    [Fact]
    public void Every_way_of_typing_cannot_is_the_same() =>
        Assert.All(new[] { "can't", "cant", "cannot", "CAN'T" }, word => Assert.Equal(["can", "not"], Terms(word)));

    [Fact]
    public void Small_words_are_kept_because_they_carry_the_meaning() =>
        Assert.Equal(["no", "fever", "if", "he", "get", "on"], Terms("no fever if he gets on"));

    [Fact]
    public void British_spellings_and_word_endings_meet_the_american_stem() =>
        Assert.Equal(Terms("diarrhea"), Terms("diarrhoea"));

    [Fact]
    public void Fitting_is_not_stemmed_to_the_fit_of_fitness() =>
        Assert.NotEqual(Terms("fitting"), Terms("fitness"));

    [Fact]
    public void Each_word_comes_both_written_out_and_stemmed()
    {
        Assert.Equal(["it", "stopped"], Terms("it stopped", stem: false));
        Assert.Equal(["it", "stop"], Terms("it stopped"));
    }

    [Fact]
    public void Offsets_point_at_the_words_as_typed()
    {
        using var analyzer = new TriageAnalyzer();
        var terms = analyzer.Terms("hes ok");
        Assert.Equal([(0, 3), (0, 3), (4, 6)], terms.Select(t => (t.Start, t.End)));
    }
}
