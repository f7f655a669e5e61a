using Microsoft.Extensions.Options;

namespace AllBot.WebChat;

/// <summary>Decides which sites may use the chat: this site always, others only when listed in <see cref="WebChatOptions.AllowedOrigins"/>.</summary>
public sealed class WebChatOrigins(IOptions<WebChatOptions> options)
{
    /// <summary>The CORS policy for the token endpoint and the Direct Line calls.</summary>
    public const string CorsPolicy = "WebChat";

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
