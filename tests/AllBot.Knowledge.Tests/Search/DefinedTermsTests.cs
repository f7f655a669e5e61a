using AllBot.Knowledge.Analysis;
using AllBot.Knowledge.Search;

namespace AllBot.Knowledge.Tests.Search;

public sealed class DefinedTermsTests : IDisposable
{
    private readonly PatientAnalyzer _analyzer = new();

    private string[] Defined(string text) => [.. DefinedTerms.In(text, _analyzer).Select(terms => string.Join(' ', terms))];

    [Fact]
    public void A_name_with_its_abbreviation_and_a_called_term_are_defined() =>
        Assert.Equal(
            ["acut lymphoblast leukemia", "all", "lymphoblast"],
            Defined("Acute lymphoblastic leukaemia (ALL) is a form of blood cancer that affects a type of cell called a lymphoblast. In normal bone marrow, lymphoblasts become white blood cells."));

    [Fact]
    public void Words_that_are_only_used_are_not_defined() =>
        Assert.Empty(Defined("When someone develops ALL, the abnormal lymphoblasts are unable to mature into white blood cells."));

    public void Dispose() => _analyzer.Dispose();
}
