using System.Collections.Concurrent;
using System.Net;
using AllBot.Tests.Channels.DirectLine;
using AllBot.Tests.TestDoubles;
using Xunit.Abstractions;

namespace AllBot.Tests.Hardening;

/// <summary>
/// Issue 12, findings 2 and 3: one client asking for tokens from many addresses, real (loopback addresses, one socket
/// each) and spoofed (X-Forwarded-For from one peer, with forwarded headers enabled as a proxy set-up would), while a
/// visitor reads an answer. The visitor's conversation must survive and the per-address limit must hold.
/// </summary>
public sealed class TokenFloodTests(ITestOutputHelper output)
{
    private const int Requests = 5000;
    private const int RealAddresses = 50;
    private const int SpoofedAddresses = 50;
    private const int PerAddress = 20;

    [Fact]
    public async Task A_live_conversation_survives_a_token_flood_of_5000_requests_from_100_spoofed_and_real_addresses()
    {
        using var app = BotApp.DirectLine(
            ("WebChat:ConversationsPerMinutePerClient", PerAddress.ToString()),
            ("FORWARDEDHEADERS_ENABLED", "true"),
            ("Logging:LogLevel:Default", "Warning"));
        var server = app.StartKestrel();
        using var visitor = new DirectLineTestClient(ClientAddresses.LoopbackClient(server, "127.0.0.200"));
        var session = await visitor.StartAsync();
        (await visitor.PostMessageAsync(session, "before the flood", "c1")).Dispose();

        // The visitor reads the answer (no request) while the flood runs; the clock moves on, so every conversation the
        // flood creates is newer than the visitor's.
        var statuses = await FloodAsync(server, app.Clock);
        using var after = await visitor.PostMessageAsync(session, "after the flood", "c2");
        var (activities, _) = await visitor.GetActivitiesAsync(session);

        var accepted = statuses.GetValueOrDefault(HttpStatusCode.OK);
        output.WriteLine($"{Requests} token requests: {string.Join(", ", statuses.OrderBy(s => s.Key).Select(s => $"{(int)s.Key} x{s.Value}"))}; " +
            $"{app.Conversations.Count} conversations kept");
        Assert.Equal(Requests, statuses.Values.Sum());
        // Every real address, and the spoofing peer once, each get their own budget; the spoofed addresses get none.
        Assert.InRange(accepted, PerAddress, (RealAddresses + 1) * PerAddress);
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
        Assert.Contains("echo: after the flood", ActivityJson.Texts(activities));
    }

    private static async Task<ConcurrentDictionary<HttpStatusCode, int>> FloodAsync(Uri server, TestClock clock)
    {
        var statuses = new ConcurrentDictionary<HttpStatusCode, int>();
        var real = Enumerable.Range(2, RealAddresses).Select(n => ClientAddresses.LoopbackClient(server, $"127.0.0.{n}")).ToList();
        using var spoofer = ClientAddresses.LoopbackClient(server, "127.0.0.100");
        try
        {
            await Parallel.ForEachAsync(Enumerable.Range(0, Requests), new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (i, cancellationToken) =>
            {
                clock.Advance(TimeSpan.FromMilliseconds(10));
                using var request = new HttpRequestMessage(HttpMethod.Post, "/api/webchat/token");
                HttpClient client;
                if (i % 2 == 0)
                {
                    client = real[i / 2 % RealAddresses];
                }
                else
                {
                    client = spoofer;
                    request.Headers.Add("X-Forwarded-For", $"198.51.100.{i / 2 % SpoofedAddresses + 1}");
                }
                using var response = await client.SendAsync(request, cancellationToken);
                statuses.AddOrUpdate(response.StatusCode, 1, (_, n) => n + 1);
            });
        }
        finally
        {
            real.ForEach(client => client.Dispose());
        }
        return statuses;
    }
}
