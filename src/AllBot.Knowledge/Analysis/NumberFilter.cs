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

    /// <summary>A number ("38.5", "5"), or a time, age or rank written with one ("2am", "10pm", "5yo", "3rd").</summary>
    private bool IsNumber()
    {
        var buffer = _term.Buffer;
        var digits = 0;
        while (digits < _term.Length && (char.IsAsciiDigit(buffer[digits]) || buffer[digits] is '.' or ',')) digits++;
        if (digits == _term.Length) return true;
        return digits > 0 && NumberSuffixes.Contains(new string(buffer, digits, _term.Length - digits));
    }

    private static readonly HashSet<string> NumberSuffixes = new(StringComparer.Ordinal) { "am", "pm", "yo", "yr", "yrs", "st", "nd", "rd", "th" };
}
