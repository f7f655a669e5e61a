using AllBot.Knowledge.Analysis;
using AllBot.Knowledge.Search;

namespace AllBot.Knowledge.Tests.Search;

public sealed class CauseStatementsTests : IDisposable
{
    private readonly PatientAnalyzer _analyzer = new();

    [Theory]
    [InlineData("This is what causes the symptoms of ALL and the patient to feel unwell.", "symptom")]
    [InlineData("The causes of ALL are not fully known.", "all")]
    [InlineData("Most leukaemia is caused by changes in cells.", "leukemia")]
    public void What_a_text_names_the_cause_of_is_read(string text, string effect) =>
        Assert.Equal([effect], CauseStatements.In(text, _analyzer));

    [Fact]
    public void A_text_without_causes_names_none() =>
        Assert.Empty(CauseStatements.In("The lymphoblasts multiply in the bone marrow.", _analyzer));

    public void Dispose() => _analyzer.Dispose();
}
