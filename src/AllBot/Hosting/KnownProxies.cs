using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Options;

namespace AllBot.Hosting;

/// <summary>
/// Forwarded headers from the proxies in <see cref="ForwardedHeadersSettings"/> only. With none configured, nothing is
/// forwarded, even when ASPNETCORE_FORWARDEDHEADERS_ENABLED=true: that switch alone trusts every peer, so any client
/// could claim any address and get a fresh rate-limit budget with each.
/// </summary>
public static class KnownProxies
{
    public static IHostApplicationBuilder AddKnownProxies(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<ForwardedHeadersSettings>()
            .BindConfiguration(ForwardedHeadersSettings.Section)
            .Validate(settings => settings.IsValid(),
                "ForwardedHeaders:KnownProxies must be IP addresses and ForwardedHeaders:KnownNetworks networks such as 10.0.0.0/8.")
            .ValidateOnStart();
        // After the framework's own set-up (which, when switched on by ASPNETCORE_FORWARDEDHEADERS_ENABLED, trusts everyone).
        builder.Services.AddOptions<ForwardedHeadersOptions>().PostConfigure<IOptions<ForwardedHeadersSettings>>((forwarded, settings) =>
        {
            var known = settings.Value;
            forwarded.ForwardedHeaders = known.AnyKnown
                ? ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto
                : ForwardedHeaders.None;
            // Walk back through every known proxy (a CDN in front of App Service is two), stopping at the first stranger.
            forwarded.ForwardLimit = null;
            forwarded.KnownProxies.Clear();
            forwarded.KnownIPNetworks.Clear();
            foreach (var proxy in known.KnownProxies) forwarded.KnownProxies.Add(System.Net.IPAddress.Parse(proxy));
            foreach (var network in known.KnownNetworks) forwarded.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
        });
        return builder;
    }

    /// <summary>First in the pipeline, so everything after sees the visitor's address and scheme.</summary>
    public static WebApplication UseKnownProxies(this WebApplication app)
    {
        // The parameterless overload adds the middleware once per pipeline; when the framework's switch already added
        // it, this adds nothing, and the one pass uses the options above either way.
        app.UseForwardedHeaders();
        return app;
    }
}
