using System.Net;
using System.Text.Json.Nodes;
using AllBot.Tests.Channels.DirectLine;
using AllBot.Tests.TestDoubles;

namespace AllBot.Tests.Hosting;

/// <summary>X-Forwarded-For and X-Forwarded-Proto are believed only from the proxies and networks configured as known.</summary>
public sealed class ForwardedHeadersTests
{
    [Fact]
    public async Task With_forwarded_headers_enabled_an_unknown_peer_cannot_spoof_its_way_past_the_new_chat_limit()
    {
        using var app = BotApp.DirectLine(("WebChat:ConversationsPerMinutePerClient", "20"), ("FORWARDEDHEADERS_ENABLED", "true"));
        using var client = app.NewClientFrom("203.0.113.9");

        var accepted = 0;
        for (var i = 0; i < 200; i++)
        {
            using var response = await TokenAsync(client.Http, forwardedFor: $"198.51.100.{i + 1}");
            if (response.StatusCode == HttpStatusCode.OK) accepted++;
        }

        Assert.Equal(20, accepted);
    }

    [Theory]
    [InlineData("ForwardedHeaders:KnownProxies:0", "10.0.0.5")]
    [InlineData("ForwardedHeaders:KnownNetworks:0", "10.0.0.0/8")]
    public async Task A_known_proxy_gives_each_client_it_forwards_its_own_limit(string key, string value)
    {
        using var app = BotApp.DirectLine(("WebChat:ConversationsPerMinutePerClient", "2"), (key, value));
        using var proxy = app.NewClientFrom("10.0.0.5");

        var statuses = new List<HttpStatusCode>();
        foreach (var client in new[] { "198.51.100.1", "198.51.100.1", "198.51.100.1", "198.51.100.2", "198.51.100.2", "198.51.100.2" })
        {
            using var response = await TokenAsync(proxy.Http, forwardedFor: client);
            statuses.Add(response.StatusCode);
        }

        HttpStatusCode[] eachTwiceThenRefused = [HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests];
        Assert.Equal([.. eachTwiceThenRefused, .. eachTwiceThenRefused], statuses);
    }

    [Theory]
    [InlineData("10.0.0.5", "wss://localhost/v3/directline/conversations/")]
    [InlineData("203.0.113.9", "ws://localhost/v3/directline/conversations/")]
    public async Task Tls_ended_by_a_known_proxy_gives_a_secure_stream_address_and_a_strangers_claim_does_not(string peer, string streamAddress)
    {
        using var app = BotApp.DirectLine(("ForwardedHeaders:KnownProxies:0", "10.0.0.5"));
        using var client = app.NewClientFrom(peer);
        client.Http.DefaultRequestHeaders.Add("X-Forwarded-For", "198.51.100.1");
        client.Http.DefaultRequestHeaders.Add("X-Forwarded-Proto", "https");
        var session = await client.NewSessionAsync();

        using var started = await client.SendAsync(HttpMethod.Post, "/v3/directline/conversations", session.Token);

        Assert.StartsWith(streamAddress, (string?)JsonNode.Parse(await started.Content.ReadAsStringAsync())!["streamUrl"]);
    }

    [Theory]
    [InlineData("ForwardedHeaders:KnownProxies:0", "proxy.internal")]
    [InlineData("ForwardedHeaders:KnownNetworks:0", "10.0.0.0")]
    [InlineData("ForwardedHeaders:KnownNetworks:0", "10.0.0.0/33")]
    public void A_known_proxy_or_network_that_cannot_be_read_stops_start_up(string key, string value)
    {
        using var app = BotApp.DirectLine((key, value));

        var problem = Assert.ThrowsAny<Exception>(() => app.CreateClient());

        Assert.Contains("ForwardedHeaders", problem.ToString());
    }

    private static Task<HttpResponseMessage> TokenAsync(HttpClient http, string forwardedFor)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/webchat/token");
        request.Headers.Add("X-Forwarded-For", forwardedFor);
        return http.SendAsync(request);
    }
}
