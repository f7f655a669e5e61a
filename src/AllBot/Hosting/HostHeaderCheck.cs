using System.Text.RegularExpressions;

namespace AllBot.Hosting;

/// <summary>
/// Refuses (400) a request whose Host header is not a host name or IP address with an optional port. The host becomes
/// part of the Content-Security-Policy and of the stream address; Kestrel lets more through (a host may contain
/// <c>;</c>, <c>,</c> or <c>*</c>), which would let a request write its own policy. Which hosts are served at all is
/// ASP.NET's <c>AllowedHosts</c> setting.
/// </summary>
public static partial class HostHeaderCheck
{
    public static WebApplication UseHostHeaderCheck(this WebApplication app)
    {
        app.Use((http, next) => IsValid(http.Request.Host)
            ? next(http)
            : TypedResults.Problem("The Host header is not a host name.", statusCode: StatusCodes.Status400BadRequest).ExecuteAsync(http));
        return app;
    }

    /// <summary>True for <c>name[:port]</c>, <c>1.2.3.4[:port]</c> and <c>[v6][:port]</c>; and for no host (HTTP/1.0).</summary>
    public static bool IsValid(HostString host) => !host.HasValue || (host.Value.Length <= 260 && Pattern().IsMatch(host.Value));

    [GeneratedRegex(@"^(?:[A-Za-z0-9_](?:[A-Za-z0-9_-]*[A-Za-z0-9_])?(?:\.[A-Za-z0-9_](?:[A-Za-z0-9_-]*[A-Za-z0-9_])?)*\.?|\[[0-9A-Fa-f:.]+\])(?::[0-9]{1,5})?\z")]
    private static partial Regex Pattern();
}
