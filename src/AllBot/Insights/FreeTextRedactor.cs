using System.Text.RegularExpressions;
using Microsoft.Extensions.Compliance.Classification;
using Microsoft.Extensions.Compliance.Redaction;

namespace AllBot.Insights;

/// <summary>
/// Removes what could identify someone from text the insight store keeps: e-mail addresses, phone numbers and runs
/// of five or more digits (hospital and NHS numbers, dates of birth written as digits). Each becomes a marker, so an
/// editor still sees that something was there. Registered for <see cref="FreeText"/> with the
/// Microsoft.Extensions.Compliance redaction framework.
/// </summary>
public sealed partial class FreeTextRedactor : Redactor
{
    /// <summary>What people type: health information that may name them.</summary>
    public static readonly DataClassification FreeText = new("AllBot", "FreeText");

    public override int GetRedactedLength(ReadOnlySpan<char> input) => Scrub(input.ToString()).Length;

    /// <summary>The whole-string form the insight writer calls: scrubbed once, not once to size and again to copy.</summary>
    public override string Redact(string? source) => source is null ? string.Empty : Scrub(source);

    public override int Redact(ReadOnlySpan<char> source, Span<char> destination)
    {
        var scrubbed = Scrub(source.ToString());
        scrubbed.AsSpan().CopyTo(destination);
        return scrubbed.Length;
    }

    /// <summary>The text with e-mail addresses, phone numbers and long digit runs replaced.</summary>
    public static string Scrub(string text)
    {
        text = Email().Replace(text, "[email]");
        text = Phone().Replace(text, "[phone]");
        return DigitRun().Replace(text, "[number]");
    }

    [GeneratedRegex(@"[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+", RegexOptions.CultureInvariant)]
    private static partial Regex Email();

    // Seven or more digits, with the spaces, dots, dashes, brackets and leading + phone numbers are written with.
    [GeneratedRegex(@"(?<![\p{L}\p{N}])\+?\(?\d(?:[\s.()-]{0,2}\d){6,}(?![\p{L}\p{N}])", RegexOptions.CultureInvariant)]
    private static partial Regex Phone();

    [GeneratedRegex(@"\d{5,}", RegexOptions.CultureInvariant)]
    private static partial Regex DigitRun();
}
