using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace AllBot.Knowledge.Analysis;

/// <summary>
/// Closes the position gaps that removed stop words leave, so "quality of life" is the two-word sequence
/// "quality life" both in the editors' synonyms and in questions (Lucene's synonym parser refuses gaps, and
/// AllBot uses no phrase queries that the gaps would protect).
/// </summary>
public sealed class StopGapFilter : TokenFilter
{
    private readonly IPositionIncrementAttribute _position;

    public StopGapFilter(TokenStream input) : base(input) => _position = AddAttribute<IPositionIncrementAttribute>();

    public override bool IncrementToken()
    {
        if (!m_input.IncrementToken()) return false;
        if (_position.PositionIncrement > 1) _position.PositionIncrement = 1;
        return true;
    }
}
