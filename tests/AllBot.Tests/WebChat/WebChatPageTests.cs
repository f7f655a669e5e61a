using System.Net;
using AllBot.Tests.Channels.DirectLine;
using Microsoft.AspNetCore.Mvc.Testing;
using AllBot.Tests.TestDoubles;

namespace AllBot.Tests.WebChat;

public sealed class WebChatPageTests
{
    [Fact]
    public async Task The_page_shows_the_bots_name_and_disclaimer_and_loads_the_widget_from_this_site()
    {
        using var app = BotApp.DirectLine();
        using var client = app.CreateClient();

        var html = await client.GetStringAsync("/");

        Assert.Contains("<title>BOT-NAME-TEXT</title>", html);
        Assert.Contains("<h1>BOT-NAME-TEXT</h1>", html);
        Assert.Contains("DISCLAIMER-TEXT: general information, not medical advice.", html);
        Assert.Contains("<main", html);
        Assert.Contains("<script src=\"/lib/webchat.js?v=4.18.1\" defer></script>", html);
        Assert.DoesNotContain("http", html.Replace("http-equiv", "", StringComparison.Ordinal), StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<script>", html);
    }

    [Fact]
    public async Task The_page_has_a_strict_content_security_policy()
    {
        using var app = BotApp.DirectLine();
        using var client = app.CreateClient();

        using var response = await client.GetAsync("/");

        var policy = Directives(response);
        Assert.Equal("'none'", policy["default-src"]);
        Assert.Equal("'self'", policy["script-src"]);
        Assert.Equal("'self' ws://localhost", policy["connect-src"]);
        Assert.Equal("'self'", policy["frame-ancestors"]);
        Assert.Equal("'none'", policy["object-src"]);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
    }

    [Fact]
    public async Task Behind_tls_the_page_may_open_secure_websockets_only()
    {
        using var app = BotApp.DirectLine();
        using var client = app.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://bot.example") });

        using var response = await client.GetAsync("/");

        Assert.Equal("'self' wss://bot.example", Directives(response)["connect-src"]);
    }

    [Fact]
    public async Task Allowed_origins_may_frame_the_page()
    {
        using var app = BotApp.DirectLine(("WebChat:AllowedOrigins:0", "https://www.charity.example"));
        using var client = app.CreateClient();

        using var response = await client.GetAsync("/?embed=1");

        Assert.Equal("'self' https://www.charity.example", Directives(response)["frame-ancestors"]);
        Assert.Contains("class=\"embedded\"", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("/lib/webchat.js", "text/javascript", "window.WebChat")]
    [InlineData("/chat.js", "text/javascript", "/api/webchat/token")]
    [InlineData("/embed.js", "text/javascript", "aria-expanded")]
    [InlineData("/chat.css", "text/css", ".disclaimer")]
    public async Task The_page_assets_are_served_by_the_app(string path, string contentType, string expected)
    {
        using var app = BotApp.DirectLine();
        using var client = app.CreateClient();

        using var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(contentType, response.Content.Headers.ContentType?.MediaType);
        Assert.Contains(expected, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public void An_allowed_origin_with_a_path_stops_start_up()
    {
        using var app = BotApp.DirectLine(("WebChat:AllowedOrigins:0", "https://www.charity.example/chat"));

        var problem = Assert.ThrowsAny<Exception>(() => app.CreateClient());

        Assert.Contains("AllowedOrigins", problem.ToString());
    }

    private static Dictionary<string, string> Directives(HttpResponseMessage response) =>
        response.Headers.GetValues("Content-Security-Policy").Single()
            .Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Select(directive => directive.Split(' ', 2))
            .ToDictionary(parts => parts[0], parts => parts[1]);
}
