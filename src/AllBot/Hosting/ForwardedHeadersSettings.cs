using System.Net;

namespace AllBot.Hosting;

/// <summary>
/// Configuration section <c>ForwardedHeaders</c>: the reverse proxies in front of AllBot. Only requests that arrive
/// from one of them have their X-Forwarded-For (the visitor's address, for rate limits) and X-Forwarded-Proto (https,
/// for the stream address and the Content-Security-Policy) believed; from anyone else those headers are ignored.
/// </summary>
public sealed class ForwardedHeadersSettings
{
    public const string Section = "ForwardedHeaders";

    /// <summary>IP addresses of the proxies, e.g. <c>10.0.0.5</c>.</summary>
    public string[] KnownProxies { get; set; } = [];

    /// <summary>Networks of the proxies in CIDR form, e.g. <c>10.0.0.0/8</c> (App Service's front ends use private ranges).</summary>
    public string[] KnownNetworks { get; set; } = [];

    public bool AnyKnown => KnownProxies.Length + KnownNetworks.Length > 0;

    public bool IsValid() =>
        KnownProxies.All(proxy => IPAddress.TryParse(proxy, out _))
        && KnownNetworks.All(network => network.Contains('/', StringComparison.Ordinal) && IPNetwork.TryParse(network, out _));
}
