using Microsoft.Extensions.Options;

namespace AllBot.Hosting;

/// <summary>
/// Security headers on every response the app writes, above all a strict Content-Security-Policy: scripts from this
/// site only (no inline script, no eval), network calls to this site (and the sources features add to
/// <see cref="SecurityHeadersOptions.ConnectSources"/>, such as Azure's Direct Line), framing by this site and the
/// allowed origins only. Every response is <c>Cache-Control: no-store</c> unless it sets its own
/// (static files do), and Kestrel sends no Server header. The headers are added as the response starts, so responses
/// written before the app's own pipeline (host filtering) or after an error cleared the headers carry them too.
/// Kestrel's own refusals of malformed requests (400, 414, 431) never reach the app; they have no body.
/// </summary>
public static class SecurityHeaders
{
    public static IHostApplicationBuilder AddSecurityHeaders(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<SecurityHeadersOptions>();
        // First of all start-up filters, so the headers wrap the framework's own middleware too.
        builder.Services.Insert(0, ServiceDescriptor.Transient<IStartupFilter, SecurityHeadersStartupFilter>());
        // The server's name and version only help an attacker pick an exploit.
        builder.Services.Configure<Microsoft.AspNetCore.Server.Kestrel.Core.KestrelServerOptions>(kestrel => kestrel.AddServerHeader = false);
        return builder;
    }

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app)
    {
        var options = app.ApplicationServices.GetRequiredService<IOptions<SecurityHeadersOptions>>().Value;
        var origins = app.ApplicationServices.GetRequiredService<AllowedOrigins>();
        // The policy names the request's host, which is the same on nearly every request: keep the last one built
        // (one entry, so a client sending odd Host headers cannot grow it).
        // A reference swapped whole, so a reader never sees one host's name with another's policy.
        HostPolicy? last = null;
        return app.Use((http, next) =>
        {
            http.Response.OnStarting(() =>
            {
                var request = http.Request;
                var host = HostHeaderCheck.IsValid(request.Host) ? request.Host.Value ?? "" : "";
                var cached = Volatile.Read(ref last);
                if (cached is null || cached.Host != host || cached.Secure != request.IsHttps)
                {
                    cached = new HostPolicy(host, request.IsHttps, ContentSecurityPolicy(host, request.IsHttps, options, origins));
                    Volatile.Write(ref last, cached);
                }
                var headers = http.Response.Headers;
                headers.ContentSecurityPolicy = cached.Policy;
                headers.XContentTypeOptions = "nosniff";
                headers["Referrer-Policy"] = "no-referrer";
                headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=(), payment=(), usb=()";
                headers["Cross-Origin-Opener-Policy"] = "same-origin";
                // For browsers without CSP frame-ancestors; left out when other sites may frame the chat, as it cannot list them.
                if (origins.Others.Count == 0) headers.XFrameOptions = "SAMEORIGIN";
                // Tokens and conversations must not be kept by browsers or proxies; static files set their own caching.
                if (string.IsNullOrEmpty(headers.CacheControl)) headers.CacheControl = "no-store";
                return Task.CompletedTask;
            });
            return next(http);
        });
    }

    /// <summary>
    /// The policy for a page served from <paramref name="host"/> (empty when the request named none it may use). Its
    /// stream is <c>wss:</c> when the page came over TLS (also TLS ended by a known proxy), else <c>ws:</c>.
    /// </summary>
    public static string ContentSecurityPolicy(string host, bool secure, SecurityHeadersOptions options, AllowedOrigins origins)
    {
        var connect = host.Length == 0 ? "'self'" : $"'self' {(secure ? "wss" : "ws")}://{host}";
        foreach (var source in options.ConnectSources) connect += " " + source;
        var ancestors = string.Join(' ', origins.Others.Prepend("'self'"));
        return string.Join("; ",
            "default-src 'none'",
            "script-src 'self'",
            // The widget styles itself with emotion, which writes <style> elements at run time.
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data: blob:",
            "media-src 'self' data: blob:",
            "font-src 'self' data:",
            $"connect-src {connect}",
            $"frame-ancestors {ancestors}",
            "base-uri 'none'",
            "form-action 'none'",
            "object-src 'none'");
    }
}

/// <summary>The Content-Security-Policy built for one Host header and scheme.</summary>
internal sealed record HostPolicy(string Host, bool Secure, string Policy);
