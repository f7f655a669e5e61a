using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace AllBot.Knowledge.Analysis;

/// <summary>Folds British spellings to American ones (<see cref="BritishSpellings"/>), so both find the same text.</summary>
public sealed class SpellingFoldFilter : TokenFilter
{
    private readonly ICharTermAttribute _term;
    private readonly IKeywordAttribute _keyword;

    public SpellingFoldFilter(TokenStream input) : base(input)
    {
        _term = AddAttribute<ICharTermAttribute>();
        _keyword = AddAttribute<IKeywordAttribute>();
    }

    public override bool IncrementToken()
    {
        if (!m_input.IncrementToken()) return false;
        if (!_keyword.IsKeyword && BritishSpellings.ToAmerican(_term.ToString()) is { } american)
        {
            _term.SetEmpty().Append(american);
        }
        return true;
    }
}
