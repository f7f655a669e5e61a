namespace AllBot.Knowledge.Content;

/// <summary>
/// The optional <c>url</c> field: an absolute http(s) address, or a path relative to the site's base URL
/// (configuration <c>Site:BaseUrl</c>). Empty means "not known yet".
/// </summary>
internal static class LinkField
{
    public static string? Read(FrontMatter front)
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
        if (Uri.TryCreate(url, UriKind.Absolute, out var absolute))
            return absolute.Scheme is "http" or "https" && !string.IsNullOrEmpty(absolute.Host);
        return !url.StartsWith("//", StringComparison.Ordinal)
            && !url.Contains(':', StringComparison.Ordinal)
            && Uri.TryCreate(url, UriKind.Relative, out _);
    }
}
