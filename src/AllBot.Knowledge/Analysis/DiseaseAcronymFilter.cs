using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace AllBot.Knowledge.Analysis;

/// <summary>
/// Marks the disease acronym ALL (written in capitals, or as "A.L.L.") as a keyword before lower-casing, so later
/// stages (stop words, stemming) never treat it as the everyday word "all". Lower-case "all" is kept too: patients
/// often type the acronym in lower case, and the stop list deliberately leaves it out.
/// </summary>
public sealed class DiseaseAcronymFilter : TokenFilter
{
    public const string Term = "all";

    private readonly ICharTermAttribute _term;
    private readonly IKeywordAttribute _keyword;

    public DiseaseAcronymFilter(TokenStream input) : base(input)
    {
        _term = AddAttribute<ICharTermAttribute>();
        _keyword = AddAttribute<IKeywordAttribute>();
    }

    public override bool IncrementToken()
    {
        if (!m_input.IncrementToken()) return false;
        var text = _term.ToString();
        if (text is "ALL" or "A.L.L" or "A.L.L.")
        {
            _term.SetEmpty().Append(Term);
            _keyword.IsKeyword = true;
        }
        return true;
    }
}
