using System.Net;
using AllBot.Tests.TestDoubles;

namespace AllBot.Tests.Channels.DirectLine;

public sealed class DirectLineOriginTests
{
    [Fact]
    public async Task An_allowed_site_passes_the_widgets_preflight_and_others_do_not()
    {
        using var app = BotApp.DirectLine(("WebChat:AllowedOrigins:0", "https://www.charity.example"));
        using var client = app.NewClient();

        using var allowed = await client.Http.SendAsync(Preflight("https://www.charity.example"));
        using var refused = await client.Http.SendAsync(Preflight("https://evil.example"));

        Assert.Equal("https://www.charity.example", allowed.Headers.GetValues("Access-Control-Allow-Origin").Single());
        var headers = string.Join(",", allowed.Headers.GetValues("Access-Control-Allow-Headers")).ToLowerInvariant();
        foreach (var header in new[] { "authorization", "content-type", "x-ms-bot-agent", "x-requested-with" }) Assert.Contains(header, headers);
        Assert.False(refused.Headers.Contains("Access-Control-Allow-Origin"));
    }

    [Fact]
    public async Task The_token_endpoint_refuses_pages_of_sites_not_allowed()
    {
        using var app = BotApp.DirectLine(("WebChat:AllowedOrigins:0", "https://www.charity.example"));
        using var client = app.NewClient();

        using var foreign = await client.Http.SendAsync(TokenRequest("https://evil.example"));
        using var listed = await client.Http.SendAsync(TokenRequest("https://www.charity.example"));
        using var own = await client.Http.SendAsync(TokenRequest("http://localhost"));

        Assert.Equal(HttpStatusCode.Forbidden, foreign.StatusCode);
        Assert.Equal(HttpStatusCode.OK, listed.StatusCode);
        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        Assert.Equal(2, app.Conversations.Count);
    }

    [Fact]
    public async Task Without_allowed_origins_no_cross_site_call_is_permitted()
    {
        using var app = BotApp.DirectLine();
        using var client = app.NewClient();

        using var preflight = await client.Http.SendAsync(Preflight("https://www.charity.example"));

        Assert.False(preflight.Headers.Contains("Access-Control-Allow-Origin"));
    }

    private static HttpRequestMessage Preflight(string origin)
    {
        var request = new HttpRequestMessage(HttpMethod.Options, "/v3/directline/conversations");
        request.Headers.Add("Origin", origin);
        request.Headers.Add("Access-Control-Request-Method", "POST");
        request.Headers.Add("Access-Control-Request-Headers", "authorization,content-type,x-ms-bot-agent,x-requested-with");
        return request;
    }

    private static HttpRequestMessage TokenRequest(string origin)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/webchat/token");
        request.Headers.Add("Origin", origin);
        return request;
    }
}
