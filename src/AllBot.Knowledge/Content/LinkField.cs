namespace AllBot.Knowledge.Content;

/// <summary>
/// The optional <c>url</c> field: an absolute http(s) address, or a path relative to the site's base URL
/// (configuration <c>Site:BaseUrl</c>). Empty means "not known yet".
/// </summary>
public static class LinkField
{
    internal static string? Read(FrontMatter front)
    {
        var url = front.OptionalText("url");
        if (string.IsNullOrEmpty(url)) return null;
        if (IsValid(url)) return url;
        front.ReportField("url", $"the url '{url}' is not an http(s) address or a site path like 'videos/car-t'");
        return null;
    }

    public static bool IsValid(string url)
    {
        if (url.Any(char.IsWhiteSpace)) return false;
        if (IsHttp(url)) return Uri.TryCreate(url, UriKind.Absolute, out var absolute) && absolute.Host.Length > 0;
        return !url.StartsWith("//", StringComparison.Ordinal)
            && !url.Contains(':', StringComparison.Ordinal)
            && Uri.TryCreate(url, UriKind.Relative, out _);
    }

    /// <summary>
    /// True for http(s) addresses. Checked by scheme, not by <see cref="Uri.TryCreate(string, UriKind, out Uri)"/>
    /// alone, which on Linux reads a site path such as "/videos/car-t" as an absolute file: URI.
    /// </summary>
    public static bool IsHttp(string url) =>
        url.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || url.StartsWith("https://", StringComparison.OrdinalIgnoreCase);
}
