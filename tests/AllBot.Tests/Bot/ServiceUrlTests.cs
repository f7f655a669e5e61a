using System.Net;
using System.Text.Json.Nodes;
using AllBot.Tests.Hardening;
using AllBot.Tests.TestDoubles;

namespace AllBot.Tests.Bot;

/// <summary>
/// Without an app id nobody proves who sent an activity, so the bot replies only to the channels' own hosts, to the
/// service URLs configured in Bot:AllowedServiceUrls and, in Development, to the Emulator on loopback. Anything else is
/// refused before a request leaves the machine.
/// </summary>
public sealed class ServiceUrlTests : IAsyncLifetime
{
    private readonly FakeAnswerer answerer = new FakeAnswerer().Returns(Canned.Passage("what is ALL?"));
    private readonly OutgoingRequestRecorder network = new();
    private FakeConnector connector = null!;

    public async Task InitializeAsync() => connector = await FakeConnector.StartAsync();

    public async Task DisposeAsync()
    {
        await connector.DisposeAsync();
        network.Dispose();
    }

    private int Port => new Uri(connector.ServiceUrl).Port;

    private BotApp AnonymousInProduction(params (string Key, string Value)[] settings) =>
        new(new Dictionary<string, string?>(settings.Select(s => KeyValuePair.Create(s.Key, (string?)s.Value)))
        {
            ["Bot:AllowAnonymous"] = "true",
        }, answerer, environment: "Production");

    [Theory]
    [InlineData("http://127.0.0.1:{port}/")]
    [InlineData("http://localhost:{port}/")]
    [InlineData("http://2130706433:{port}/")]
    [InlineData("http://0x7f.1:{port}/")]
    [InlineData("http://user:password@127.0.0.1:{port}/")]
    [InlineData("http://[::1]:{port}/")]
    [InlineData("https://smba.trafficmanager.net.evil.example:{port}/")]
    [InlineData("http://smba.trafficmanager.net:{port}/")]
    public async Task In_anonymous_mode_outside_development_a_service_url_outside_the_allow_list_gets_403_and_no_request(string serviceUrl)
    {
        await using var app = AnonymousInProduction();
        var url = serviceUrl.Replace("{port}", Port.ToString(), StringComparison.Ordinal);

        using var response = await app.CreateClient().PostActivityAsync(Activities.EmulatorMessage(url, "what is ALL?"));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Empty(connector.Attempts);
        // The recorder hears the whole process, other tests included; none of the addresses above may be tried.
        Assert.DoesNotContain(network.Requests, uri => uri.Port == Port);
    }

    [Fact]
    public async Task A_service_url_in_the_allow_list_is_answered_outside_development()
    {
        await using var app = AnonymousInProduction(("Bot:AllowedServiceUrls:0", connector.ServiceUrl.TrimEnd('/')));

        await AssertAnsweredThroughTheConnectorAsync(app);
    }

    [Fact]
    public async Task In_development_the_emulators_loopback_callback_is_answered()
    {
        await using var app = new BotApp(answerer: answerer);

        await AssertAnsweredThroughTheConnectorAsync(app);
    }

    [Fact]
    public async Task Expect_replies_is_answered_in_the_response_whatever_the_service_url_and_makes_no_request()
    {
        await using var app = AnonymousInProduction();
        var message = Activities.EmulatorMessage(connector.ServiceUrl, "what is ALL?");
        message["deliveryMode"] = "expectReplies";

        using var response = await app.CreateClient().PostActivityAsync(message);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var activities = JsonNode.Parse(await response.Content.ReadAsStringAsync())!["activities"]!.AsArray();
        Assert.Contains("PASSAGE-TEXT\n\nSource: SOURCE-TITLE", activities.Select(a => (string?)a!["text"]));
        Assert.Empty(connector.Attempts);
        // The recorder hears the whole process, other tests included; none of the addresses above may be tried.
        Assert.DoesNotContain(network.Requests, uri => uri.Port == Port);
    }

    private async Task AssertAnsweredThroughTheConnectorAsync(BotApp app)
    {
        using var response = await app.CreateClient().PostActivityAsync(Activities.EmulatorMessage(connector.ServiceUrl, "what is ALL?"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("PASSAGE-TEXT\n\nSource: SOURCE-TITLE", connector.Replies.Select(r => r.Text));
    }

    [Fact]
    public void An_allowed_service_url_with_a_path_stops_start_up()
    {
        using var app = AnonymousInProduction(("Bot:AllowedServiceUrls:0", "https://bot.example/callback"));

        var problem = Assert.ThrowsAny<Exception>(() => app.CreateClient());

        Assert.Contains("AllowedServiceUrls", problem.ToString());
    }
}
