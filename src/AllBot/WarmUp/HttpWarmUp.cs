using System.Net;
using System.Text;
using AllBot.Bot;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace AllBot.WarmUp;

/// <summary>
/// Posts the questions to this process's own /api/messages over loopback, many at a time, so Kestrel, routing and the
/// middleware are warm too. With an app id the posts carry no token and are refused (401), which still warms all but
/// the turn; <see cref="TurnWarmUp"/> covers the turn. Nothing leaves the machine: only a loopback address is used.
/// </summary>
internal sealed class HttpWarmUp(IServer server, IHttpClientFactory clients) : IWarmUpStep
{
    public const string ClientName = "AllBot.WarmUp";

    public async Task RunAsync(IReadOnlyList<string> questions, CancellationToken cancellationToken)
    {
        // The test server has no addresses: then there is no HTTP stack to warm.
        if (LoopbackAddress(server.Features.Get<IServerAddressesFeature>()?.Addresses ?? []) is not { } address) return;
        var client = clients.CreateClient(ClientName);
        // As many at once as a busy channel sends, so the server's concurrent paths are warmed too.
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = 16, CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(questions, parallel, async (question, token) =>
        {
            using var content = new StringContent(WarmUpActivity.Json(question), Encoding.UTF8, "application/json");
            using var response = await client.PostAsync(new Uri(address, BotEndpoints.Route), content, token);
            await response.Content.CopyToAsync(Stream.Null, token);
        });
    }

    /// <summary>The first plain-http address the server listens on, with a wildcard host replaced by loopback.</summary>
    public static Uri? LoopbackAddress(IEnumerable<string> addresses)
    {
        foreach (var address in addresses)
        {
            // Kestrel reports wildcard bindings as http://+:80, http://*:80, http://0.0.0.0:80 or http://[::]:80.
            var parsable = address.Replace("://+", "://localhost", StringComparison.Ordinal).Replace("://*", "://localhost", StringComparison.Ordinal);
            if (!Uri.TryCreate(parsable, UriKind.Absolute, out var uri) || uri.Scheme != Uri.UriSchemeHttp) continue;
            var host = uri.IsLoopback || uri.Host is "0.0.0.0" || (IPAddress.TryParse(uri.Host.Trim('[', ']'), out var ip) && ip.Equals(IPAddress.IPv6Any))
                ? IPAddress.Loopback.ToString()
                : null;
            if (host is not null) return new UriBuilder(Uri.UriSchemeHttp, host, uri.Port).Uri;
        }
        return null;
    }
}
