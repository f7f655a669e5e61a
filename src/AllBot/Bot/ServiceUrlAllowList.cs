using AllBot.Hosting;
using Microsoft.Extensions.Options;

namespace AllBot.Bot;

/// <summary>
/// Where the bot may send replies when nobody authenticated the activity (no app id): an anonymous caller names the
/// <c>serviceUrl</c>, so without this list it could make the bot send requests anywhere, inside the network included.
/// Allowed: https to the Bot Framework channels' own hosts; the origins in <see cref="BotOptions.AllowedServiceUrls"/>;
/// in Development, loopback (the Emulator's callback). Never an address with a user name or password in it. With an
/// app id, the channel's signed token vouches for the serviceUrl and the list does not apply.
/// </summary>
public sealed class ServiceUrlAllowList
{
    /// <summary>Hosts (and their subdomains, for the first two) that Azure Bot Service and Teams reply through.</summary>
    private static readonly string[] ChannelDomains = ["botframework.com", "botframework.azure.us"];

    private static readonly string[] ChannelHosts =
    [
        "smba.trafficmanager.net", "smba.infra.gcc.teams.microsoft.com", "smba.infra.gov.teams.microsoft.us", "smba.infra.dod.teams.microsoft.us",
    ];

    private readonly HashSet<string> configured;
    private readonly bool loopback;

    public ServiceUrlAllowList(IOptions<BotOptions> options, IOptions<BotCredentials> credentials, IHostEnvironment environment)
    {
        Applies = credentials.Value.IsAnonymous;
        configured = options.Value.AllowedServiceUrls.Select(origin => origin.TrimEnd('/')).ToHashSet(StringComparer.OrdinalIgnoreCase);
        loopback = environment.IsDevelopment();
    }

    /// <summary>True without an app id, when nothing else vouches for the serviceUrl.</summary>
    public bool Applies { get; }

    /// <summary>True when the bot may send a request to <paramref name="url"/>.</summary>
    public bool IsAllowed(Uri? url)
    {
        if (!Applies) return true;
        if (url is null || !url.IsAbsoluteUri || url.UserInfo.Length > 0 || url.Scheme is not ("https" or "http")) return false;
        try
        {
            if (configured.Contains(HttpOrigin.Of(url))) return true;
        }
        catch (UriFormatException)
        {
            // A host name that IDN rules refuse: no channel or configured origin has one.
            return false;
        }
        if (loopback && url.IsLoopback) return true;
        var host = url.Host.TrimEnd('.');
        return url.Scheme == "https" && url.IsDefaultPort
            && (ChannelHosts.Contains(host, StringComparer.OrdinalIgnoreCase)
                || ChannelDomains.Any(domain => host.EndsWith("." + domain, StringComparison.OrdinalIgnoreCase)));
    }
}
