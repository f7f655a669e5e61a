using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace AllBot.Knowledge.Content;

/// <summary>
/// Refuses what no channel should render from the editors' Markdown: raw HTML (Web Chat and Teams render Markdown, and
/// some renderers pass HTML through), and links or images whose address is not a web, mail or phone address or a
/// site path (<c>javascript:</c>, <c>vbscript:</c>, <c>data:</c>, <c>file:</c> and the like). One problem per kind and line.
/// </summary>
internal static class MarkdownSafety
{
    private static readonly string[] AllowedSchemes = ["http", "https", "mailto", "tel"];

    /// <summary>Adds a problem to <paramref name="problems"/> for each unsafe thing in <paramref name="document"/>.</summary>
    /// <param name="document">The file's Markdown (its front matter holds none).</param>
    /// <param name="path">The file, as problems name it.</param>
    /// <param name="problems">Where problems are collected.</param>
    public static void Check(MarkdownDocument document, string path, ICollection<ContentProblem> problems)
    {
        var found = new SortedSet<(int Line, string Message)>();
        foreach (var node in document.Descendants())
        {
            if (node is HtmlBlock or HtmlInline) found.Add((node.Line + 1, "raw HTML is not allowed; write Markdown instead"));
            var url = node switch
            {
                LinkInline link => link.Url,
                AutolinkInline autolink => autolink.Url,
                _ => null,
            };
            if (url is not null && !IsSafe(url))
            {
                found.Add((node.Line + 1, $"the link '{Shorten(url)}' is not allowed: use an http(s), mailto: or tel: address or a site path"));
            }
        }
        foreach (var (line, message) in found) problems.Add(new(path, line, message));
    }

    /// <summary>
    /// True for no scheme (a site path or #anchor) or an allowed one. Browsers ignore tabs, line breaks and leading
    /// control characters in an address, so they are removed before the scheme is read.
    /// </summary>
    private static bool IsSafe(string url)
    {
        var cleaned = new string(url.Where(c => !char.IsControl(c) && !char.IsWhiteSpace(c)).ToArray());
        var colon = cleaned.IndexOf(':', StringComparison.Ordinal);
        if (colon < 0 || cleaned.IndexOfAny(['/', '?', '#']) is var end and >= 0 && end < colon) return true;
        return AllowedSchemes.Contains(cleaned[..colon], StringComparer.OrdinalIgnoreCase);
    }

    private static string Shorten(string url) => url.Length <= 40 ? url : url[..40] + "…";
}
