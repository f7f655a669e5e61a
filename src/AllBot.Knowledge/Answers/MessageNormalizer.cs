using System.Globalization;
using System.Text;

namespace AllBot.Knowledge.Answers;

/// <summary>
/// The first step of the pipeline: one tidy line of text, whatever arrives. Compatibility forms are folded
/// (full-width letters, curly quotes), control characters and markup-only noise dropped, whitespace collapsed,
/// and the length capped, so a pasted 100 KB document costs no more than a long question.
/// </summary>
public static class MessageNormalizer
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
        foreach (var c in folded)
        {
            if (builder.Length >= MaxLength) break;
            var category = char.GetUnicodeCategory(c);
            if (char.IsWhiteSpace(c) || category is UnicodeCategory.Control or UnicodeCategory.Format)
                AppendSpace(builder);
            else if (category == UnicodeCategory.Surrogate)
                continue;
            else
                builder.Append(c switch
                {
                    '‘' or '’' or '‛' or '`' or '´' => '\'',
                    '“' or '”' or '„' => '"',
                    _ => c,
                });
        }
        return builder.ToString().Trim();
    }

    private static void AppendSpace(StringBuilder builder)
    {
        if (builder.Length > 0 && builder[^1] != ' ') builder.Append(' ');
    }
}
