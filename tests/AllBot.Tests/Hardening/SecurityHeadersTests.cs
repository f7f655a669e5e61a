using System.Net;
using System.Text.Json.Nodes;
using AllBot.Tests.Channels.DirectLine;
using AllBot.Tests.TestDoubles;
using Microsoft.AspNetCore.Mvc.Testing;

namespace AllBot.Tests.Hardening;

/// <summary>Every page and API response, 4xx included, carries the security headers; API responses are never cached.</summary>
public sealed class SecurityHeadersTests : IDisposable
{
    private readonly BotApp app = BotApp.DirectLine(("DirectLine:MessagesPerMinutePerConversation", "1"));

    /// <summary>Every kind of response the app gives, with the status it must have.</summary>
    private async Task<List<(string Name, HttpStatusCode Expected, HttpResponseMessage Response)>> EveryEndpointAsync()
    {
        using var client = app.NewClient();
        var http = client.Http;
        var session = await client.StartAsync();
        var conversation = $"/v3/directline/conversations/{session.ConversationId}";
        var expectReplies = Activities.EmulatorMessage("http://127.0.0.1:1/", "hello");
        expectReplies["deliveryMode"] = "expectReplies";

        var calls = new List<(string, HttpStatusCode, Func<Task<HttpResponseMessage>>)>
        {
            ("page", HttpStatusCode.OK, () => http.GetAsync("/")),
            ("embedded page", HttpStatusCode.OK, () => http.GetAsync("/?embed=1")),
            ("embed.js", HttpStatusCode.OK, () => http.GetAsync("/embed.js")),
            ("chat.js", HttpStatusCode.OK, () => http.GetAsync("/chat.js")),
            ("chat.css", HttpStatusCode.OK, () => http.GetAsync("/chat.css")),
            ("widget", HttpStatusCode.OK, () => http.GetAsync("/lib/webchat.js?v=4.18.1")),
            ("unknown path", HttpStatusCode.NotFound, () => http.GetAsync("/nothing-here")),
            ("messages expectReplies", HttpStatusCode.OK, () => http.PostActivityAsync(expectReplies)),
            ("messages malformed", HttpStatusCode.BadRequest, () => http.PostAsync("/api/messages", new StringContent("{", System.Text.Encoding.UTF8, "application/json"))),
            ("messages too large", HttpStatusCode.RequestEntityTooLarge, () => http.PostActivityAsync(Activities.EmulatorMessage("http://127.0.0.1:1/", new string('a', 300 * 1024)))),
            ("messages get", HttpStatusCode.MethodNotAllowed, () => http.GetAsync("/api/messages")),
            ("token", HttpStatusCode.OK, () => http.PostAsync("/api/webchat/token", null)),
            ("token other site", HttpStatusCode.Forbidden, () => SendAsync(http, HttpMethod.Post, "/api/webchat/token", origin: "https://evil.example")),
            ("start", HttpStatusCode.Created, () => client.SendAsync(HttpMethod.Post, "/v3/directline/conversations", session.Token)),
            ("start without token", HttpStatusCode.Unauthorized, () => client.SendAsync(HttpMethod.Post, "/v3/directline/conversations", null)),
            ("reconnect", HttpStatusCode.OK, () => client.SendAsync(HttpMethod.Get, conversation, session.Token)),
            ("activities", HttpStatusCode.OK, () => client.SendAsync(HttpMethod.Get, conversation + "/activities", session.Token)),
            ("activities forged token", HttpStatusCode.Forbidden, () => client.SendAsync(HttpMethod.Get, conversation + "/activities", "x.y")),
            ("post", HttpStatusCode.OK, () => client.PostMessageAsync(session, "first")),
            ("post rate limited", HttpStatusCode.TooManyRequests, () => client.PostMessageAsync(session, "second")),
            ("unknown conversation", HttpStatusCode.NotFound, () => client.SendAsync(HttpMethod.Get, "/v3/directline/conversations/0123/activities", app.Tokens.Issue("0123", "dl_x").Token)),
            ("refresh", HttpStatusCode.OK, () => client.SendAsync(HttpMethod.Post, "/v3/directline/tokens/refresh", session.Token)),
            ("stream without websocket", HttpStatusCode.BadRequest, () => http.GetAsync(conversation + "/stream?t=" + Uri.EscapeDataString(session.Token))),
        };
        var results = new List<(string, HttpStatusCode, HttpResponseMessage)>();
        foreach (var (name, expected, call) in calls) results.Add((name, expected, await call()));
        return results;
    }

    [Fact]
    public async Task Every_response_has_the_security_headers_and_api_responses_are_not_stored()
    {
        var responses = await EveryEndpointAsync();

        Assert.All(responses, r =>
        {
            var (name, expected, response) = r;
            Assert.True(expected == response.StatusCode, $"{name}: {response.StatusCode}");
            Assert.True(Header(response, "X-Content-Type-Options") == "nosniff", name);
            Assert.True(Header(response, "Referrer-Policy") == "no-referrer", name);
            Assert.True(Header(response, "X-Frame-Options") == "SAMEORIGIN", name);
            var policy = Header(response, "Content-Security-Policy") ?? "";
            Assert.True(policy.Contains("frame-ancestors 'self'", StringComparison.Ordinal) && policy.Contains("default-src 'none'", StringComparison.Ordinal), $"{name}: {policy}");
            var cache = response.Headers.CacheControl;
            var isAsset = name is "embed.js" or "chat.js" or "chat.css" or "widget";
            Assert.True(isAsset ? cache?.Public == true : cache?.NoStore == true, $"{name}: Cache-Control {cache}");
            Assert.False(response.Headers.Contains("Server"), name);
        });
        Assert.Equal(23, responses.Count);
    }

    [Fact]
    public async Task The_token_responses_carry_a_token_and_are_never_stored()
    {
        var responses = await EveryEndpointAsync();

        foreach (var name in new[] { "token", "start", "reconnect", "refresh" })
        {
            var response = responses.Single(r => r.Name == name).Response;
            var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
            Assert.False(string.IsNullOrEmpty((string?)body["token"]), name);
            Assert.True(response.Headers.CacheControl?.NoStore, name);
        }
    }

    [Fact]
    public async Task Kestrel_sends_no_server_header()
    {
        using var server = BotApp.DirectLine();
        var address = server.StartKestrel();
        using var http = new HttpClient { BaseAddress = address };

        using var page = await http.GetAsync("/");
        using var notFound = await http.GetAsync("/nothing-here");

        Assert.StartsWith("http://127.0.0.1:", address.ToString());
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("nosniff", Header(page, "X-Content-Type-Options"));
        Assert.False(page.Headers.Contains("Server"), string.Join(",", page.Headers.Select(h => h.Key)));
        Assert.False(notFound.Headers.Contains("Server"));
    }

    [Fact]
    public async Task With_allowed_origins_the_page_drops_x_frame_options_and_lists_them_in_frame_ancestors()
    {
        using var embedding = BotApp.DirectLine(("WebChat:AllowedOrigins:0", "https://www.charity.example"));
        using var client = embedding.CreateClient();

        using var page = await client.GetAsync("/?embed=1");

        Assert.False(page.Headers.Contains("X-Frame-Options"));
        Assert.Contains("frame-ancestors 'self' https://www.charity.example", Header(page, "Content-Security-Policy"));
    }

    [Theory]
    [InlineData("bot.example;script-src")]
    [InlineData("bot.example,evil.example")]
    [InlineData("bot.example:80:80")]
    [InlineData("*")]
    public async Task A_host_header_that_is_not_a_host_name_gets_400_and_never_reaches_the_policy(string host)
    {
        using var client = app.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/");
        request.Headers.TryAddWithoutValidation("Host", host);

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var policy = Header(response, "Content-Security-Policy") ?? "";
        Assert.Contains("default-src 'none'", policy);
        Assert.DoesNotContain(host, policy);
        Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
    }

    [Fact]
    public async Task A_request_refused_by_host_filtering_carries_the_security_headers()
    {
        using var filtered = BotApp.DirectLine(("AllowedHosts", "bot.example"));
        using var client = filtered.CreateClient();

        using var refused = await client.GetAsync("/");
        using var allowed = await filtered.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("http://bot.example") }).GetAsync("/");

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
        Assert.Equal("nosniff", Header(refused, "X-Content-Type-Options"));
        Assert.Contains("default-src 'none'", Header(refused, "Content-Security-Policy"));
        Assert.True(refused.Headers.CacheControl?.NoStore, "Cache-Control: no-store");
    }

    [Fact]
    public async Task Kestrels_own_refusals_carry_no_body_for_a_browser_to_render()
    {
        using var server = BotApp.DirectLine();
        var address = server.StartKestrel();
        using var http = new HttpClient { BaseAddress = address };

        using var longLine = await http.GetAsync("/" + new string('a', 10_000));
        using var bigHeaders = new HttpRequestMessage(HttpMethod.Get, "/");
        bigHeaders.Headers.Add("X-Padding", new string('a', 40_000));
        using var tooLarge = await http.SendAsync(bigHeaders);

        Assert.Equal(HttpStatusCode.RequestUriTooLong, longLine.StatusCode);
        Assert.Equal(HttpStatusCode.RequestHeaderFieldsTooLarge, tooLarge.StatusCode);
        Assert.Empty(await longLine.Content.ReadAsByteArrayAsync());
        Assert.Empty(await tooLarge.Content.ReadAsByteArrayAsync());
    }

    private static Task<HttpResponseMessage> SendAsync(HttpClient http, HttpMethod method, string path, string origin)
    {
        var request = new HttpRequestMessage(method, path);
        request.Headers.Add("Origin", origin);
        return http.SendAsync(request);
    }

    private static string? Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) || response.Content.Headers.TryGetValues(name, out values)
            ? string.Join(",", values)
            : null;

    public void Dispose() => app.Dispose();
}
