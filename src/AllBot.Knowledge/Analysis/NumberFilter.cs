using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace AllBot.Knowledge.Analysis;

/// <summary>
/// Drops tokens made only of digits ("5 year old", "38.5"): a bare number names no topic, and would otherwise
/// count as an unknown word that makes a real question look off-topic. Red-flag numbers such as a temperature
/// are read by the triage rules on the raw text, before analysis.
/// </summary>
public sealed class NumberFilter : TokenFilter
{
    private readonly ICharTermAttribute _term;

    public NumberFilter(TokenStream input) : base(input) => _term = AddAttribute<ICharTermAttribute>();

    public override bool IncrementToken()
    {
        while (m_input.IncrementToken())
        {
            if (!IsNumber()) return true;
        }
        return false;
    }

    private bool IsNumber()
    {
        var buffer = _term.Buffer;
        for (var i = 0; i < _term.Length; i++)
        {
            if (!char.IsAsciiDigit(buffer[i]) && buffer[i] is not ('.' or ',')) return false;
        }
        return true;
    }
}
