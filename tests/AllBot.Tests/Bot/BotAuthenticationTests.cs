using System.Net;
using System.Text;
using System.Text.Json;
using AllBot.Bot;
using AllBot.Tests.TestDoubles;

namespace AllBot.Tests.Bot;

/// <summary>
/// With an app id, only authenticated requests start a turn. The signing keys live on an unreachable loopback port,
/// as when the host has no network: a token that would need them must still be refused, not crash.
/// </summary>
public sealed class BotAuthenticationTests : IAsyncLifetime
{
    private readonly FakeAnswerer _answerer = new();
    private FakeConnector _connector = null!;
    private BotApp _app = null!;

    public async Task InitializeAsync()
    {
        _connector = await FakeConnector.StartAsync();
        _app = new BotApp(BotApp.WithAppId, _answerer);
    }

    public async Task DisposeAsync()
    {
        await _app.DisposeAsync();
        await _connector.DisposeAsync();
    }

    private static string Base64Url(object value) =>
        Convert.ToBase64String(JsonSerializer.SerializeToUtf8Bytes(value)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    internal static string ForgedToken(string issuer, string serviceUrl)
    {
        var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        var header = Base64Url(new { alg = "RS256", typ = "JWT", kid = "forged-key" });
        var payload = Base64Url(new
        {
            iss = issuer, aud = BotApp.AppId, appid = BotApp.AppId, ver = "1.0", serviceurl = serviceUrl,
            nbf = now - 60, iat = now - 60, exp = now + 3600,
        });
        var signature = Convert.ToBase64String(Encoding.UTF8.GetBytes("not a signature")).TrimEnd('=');
        return $"Bearer {header}.{payload}.{signature}";
    }

    public static TheoryData<string> RefusedAuthorizations => new()
    {
        "",
        "Bearer",
        "Bearer not-a-jwt",
        "Basic dXNlcjpwYXNz",
        "channel-token",
        "emulator-token",
    };

    [Theory]
    [MemberData(nameof(RefusedAuthorizations))]
    public async Task A_missing_or_forged_token_gets_401_and_no_turn(string authorization)
    {
        var serviceUrl = _connector.ServiceUrl;
        authorization = authorization switch
        {
            "channel-token" => ForgedToken("https://api.botframework.com", serviceUrl),
            "emulator-token" => ForgedToken("https://sts.windows.net/d6d49420-f39b-4df7-a1dc-d59a935871db/", serviceUrl),
            _ => authorization,
        };

        var response = await _app.CreateClient().PostActivityAsync(
            Activities.EmulatorMessage(serviceUrl, "what is ALL?"), authorization.Length == 0 ? null : authorization);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(_connector.Attempts);
        Assert.Empty(_answerer.Questions);
    }

    [Fact]
    public async Task A_forged_teams_channel_message_gets_401_and_no_turn()
    {
        var message = Activities.TeamsMention("channel", _connector.ServiceUrl, "what is ALL?");

        var response = await _app.CreateClient().PostActivityAsync(message, ForgedToken("https://api.botframework.com", _connector.ServiceUrl));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(_connector.Attempts);
        Assert.Empty(_answerer.Questions);
    }

    [Fact]
    public async Task Expect_replies_without_a_token_gets_401_and_no_replies_in_the_body()
    {
        var message = Activities.EmulatorMessage(_connector.ServiceUrl, "what is ALL?");
        message["deliveryMode"] = "expectReplies";

        var response = await _app.CreateClient().PostActivityAsync(message);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(await response.Content.ReadAsStringAsync());
        Assert.Empty(_answerer.Questions);
    }
}

/// <summary>Start-up refuses anonymous traffic outside Development unless it is asked for.</summary>
public sealed class AnonymousStartTests
{
    [Fact]
    public async Task Production_without_an_app_id_refuses_to_start_and_says_how_to_fix_it()
    {
        await using var app = new BotApp(answerer: new FakeAnswerer(), environment: "Production");

        var failure = Record.Exception(() => app.CreateClient());

        Assert.NotNull(failure);
        Assert.Contains(AnonymousAccessValidator.Message, Flatten(failure));
    }

    [Theory]
    [InlineData("allow-anonymous")]
    [InlineData("app-id")]
    public async Task Production_starts_with_an_app_id_or_when_anonymous_access_is_allowed(string setting)
    {
        var settings = setting == "app-id" ? BotApp.WithAppId : new Dictionary<string, string?> { ["Bot:AllowAnonymous"] = "true" };
        await using var app = new BotApp(settings, new FakeAnswerer(), environment: "Production");

        var response = await app.CreateClient().PostAsync("/api/messages", new StringContent("{", Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    private static string Flatten(Exception exception) =>
        exception is AggregateException aggregate
            ? string.Join("\n", aggregate.InnerExceptions.Select(Flatten))
            : exception.Message + "\n" + (exception.InnerException is null ? "" : Flatten(exception.InnerException));
}
