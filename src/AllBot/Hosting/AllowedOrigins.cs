using Microsoft.Extensions.Options;

namespace AllBot.Hosting;

/// <summary>
/// Which sites may use the app from their pages: this site always, others only when listed in
/// <see cref="OriginsOptions.AllowedOrigins"/>. The CORS policy, the WebSocket Origin check and the CSP
/// <c>frame-ancestors</c> all ask here.
/// </summary>
public sealed class AllowedOrigins(IOptions<OriginsOptions> options)
{
    /// <summary>The CORS policy of every endpoint a page on an allowed site calls.</summary>
    public const string CorsPolicy = "AllowedOrigins";

    /// <summary>The request headers the Web Chat widget's Direct Line client sends, so its CORS preflight asks for them.</summary>
    public static readonly string[] CorsHeaders = ["authorization", "content-type", "x-ms-bot-agent", "x-requested-with"];

    private readonly HashSet<string> allowed = options.Value.AllowedOrigins
        .Select(origin => origin.TrimEnd('/'))
        .ToHashSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>The configured other sites, for CORS and the frame-ancestors of the page.</summary>
    public IReadOnlyCollection<string> Others => allowed;

    /// <summary>True for a request with no Origin (not sent by a page), from this site, or from an allowed site.</summary>
    public bool IsAllowed(HttpRequest request)
    {
        var origin = request.Headers.Origin.ToString();
        if (string.IsNullOrEmpty(origin)) return true;
        if (allowed.Contains(origin)) return true;
        // Same site: compare host and port only, since a proxy in front may end TLS.
        return Uri.TryCreate(origin, UriKind.Absolute, out var uri)
            && string.Equals(uri.Authority, request.Host.Value, StringComparison.OrdinalIgnoreCase);
    }
}
