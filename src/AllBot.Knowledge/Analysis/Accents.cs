using System.Globalization;
using System.Text;

namespace AllBot.Knowledge.Analysis;

/// <summary>Letters without their accents: "dziękuję" is "dziekuje", "Leucémie" is "Leucemie".</summary>
public static class Accents
{
    /// <summary><paramref name="text"/> with every combining mark removed; as it is when it holds invalid code points.</summary>
    public static string Strip(string text)
    {
        string decomposed;
        try
        {
            decomposed = text.Normalize(NormalizationForm.FormD);
        }
        catch (ArgumentException)
        {
            return text; // invalid code points (U+FFFE ...): nothing to fold
        }
        var plain = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark) plain.Append(c);
        }
        return plain.ToString().Normalize(NormalizationForm.FormC);
    }
}
