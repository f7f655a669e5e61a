namespace AllBot.Hosting;

/// <summary>Origins as settings list them: scheme, host and optional port, nothing more (<c>https://www.example.org</c>).</summary>
public static class HttpOrigin
{
    /// <summary>True for a plain http(s) origin; a trailing slash is tolerated.</summary>
    public static bool IsValid(string origin) =>
        Uri.TryCreate(origin, UriKind.Absolute, out var uri)
        && uri.Scheme is "https" or "http"
        && uri.UserInfo.Length == 0
        && uri.GetLeftPart(UriPartial.Authority).Equals(origin.TrimEnd('/'), StringComparison.OrdinalIgnoreCase);

    /// <summary>The origin of <paramref name="uri"/>, as <see cref="IsValid"/> accepts it.</summary>
    public static string Of(Uri uri) => uri.GetLeftPart(UriPartial.Authority);
}
