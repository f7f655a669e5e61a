using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace AllBot.Knowledge.Answers;

/// <summary>
/// The first step of the pipeline: one tidy line of text, whatever arrives. Compatibility forms are folded
/// (full-width letters, curly quotes), control characters and markup-only noise dropped, whitespace collapsed,
/// and the length capped, so a pasted 100 KB document costs no more than a long question.
/// </summary>
public static partial class MessageNormalizer
{
    /// <summary>Longer messages are cut at this many characters (mid-word, if it falls there); no patient question is this long.</summary>
    public const int MaxLength = 1000;

    public static string Normalize(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return "";
        var cut = text.Length > MaxLength * 2 ? text[..(MaxLength * 2)] : text;
        string folded;
        try
        {
            folded = cut.Normalize(NormalizationForm.FormKC);
        }
        catch (ArgumentException)
        {
            // Invalid UTF-16 (a lone surrogate) cannot be normalised; the character loop below drops it.
            folded = cut;
        }

        var builder = new StringBuilder(Math.Min(folded.Length, MaxLength));
        for (var i = 0; i < folded.Length; i++)
        {
            var c = folded[i];
            if (builder.Length >= MaxLength) break;
            var category = char.GetUnicodeCategory(c);
            if (char.IsWhiteSpace(c) || category is UnicodeCategory.Control or UnicodeCategory.Format)
                AppendSpace(builder);
            else if (category == UnicodeCategory.Surrogate)
            {
                // A pair is one character (an emoji: a wave is a greeting); a lone half is dropped.
                if (char.IsHighSurrogate(c) && i + 1 < folded.Length && char.IsLowSurrogate(folded[i + 1])) builder.Append(c).Append(folded[++i]);
            }
            else
                builder.Append(c switch
                {
                    '‘' or '’' or '‛' or '`' or '´' => '\'',
                    '“' or '”' or '„' => '"',
                    _ => c,
                });
        }
        // "sooo expensive", "helllp": no English word has a letter three times running, so a run is one letter.
        return LetterRun().Replace(builder.ToString().Trim(), "$1");
    }

    private static void AppendSpace(StringBuilder builder)
    {
        if (builder.Length > 0 && builder[^1] != ' ') builder.Append(' ');
    }

    [GeneratedRegex(@"(\p{L})\1{2,}")]
    private static partial Regex LetterRun();
}
