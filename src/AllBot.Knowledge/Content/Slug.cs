using System.Text;
using AllBot.Knowledge.Analysis;

namespace AllBot.Knowledge.Content;

/// <summary>Stable ids: lower-case ASCII letters and digits joined by single hyphens.</summary>
public static class Slug
{
    public static bool IsValid(string id) =>
        id.Length > 0 && id == From(id);

    /// <summary>Makes a slug from a heading or title ("What goes wrong in ALL" -> "what-goes-wrong-in-all").</summary>
    public static string From(string text)
    {
        var slug = new StringBuilder(text.Length);
        foreach (var c in Accents.Strip(text))
        {
            if (char.IsAsciiLetterOrDigit(c)) slug.Append(char.ToLowerInvariant(c));
            else if (c is '\'' or '’') continue;
            else if (slug.Length > 0 && slug[^1] != '-') slug.Append('-');
        }
        return slug.ToString().TrimEnd('-');
    }
}
