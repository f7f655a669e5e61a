using System.Net;
using AllBot.Tests.Hardening;
using AllBot.Tests.TestDoubles;

namespace AllBot.Tests.Bot;

/// <summary>Invokes the bot offers no feature for are acknowledged, never answered with a server error.</summary>
public sealed class UnhandledInvokeTests : IAsyncLifetime
{
    private readonly FakeAnswerer answerer = new();
    private FakeConnector connector = null!;
    private BotApp app = null!;

    public async Task InitializeAsync()
    {
        connector = await FakeConnector.StartAsync();
        app = new BotApp(answerer: answerer);
    }

    public async Task DisposeAsync()
    {
        await app.DisposeAsync();
        await connector.DisposeAsync();
    }

    /// <summary>The SDK itself answers 400 to the invokes whose value it reads first and cannot read; the rest 200.</summary>
    [Theory]
    [InlineData("adaptiveCard/action", HttpStatusCode.BadRequest)]
    [InlineData("fileConsent/invoke", HttpStatusCode.BadRequest)]
    [InlineData("task/fetch", HttpStatusCode.OK)]
    [InlineData("task/submit", HttpStatusCode.OK)]
    [InlineData("composeExtension/query", HttpStatusCode.OK)]
    [InlineData("composeExtension/submitAction", HttpStatusCode.OK)]
    [InlineData("signin/verifyState", HttpStatusCode.OK)]
    [InlineData("actionableMessage/executeAction", HttpStatusCode.OK)]
    [InlineData("unknown/thing", HttpStatusCode.OK)]
    [InlineData(null, HttpStatusCode.OK)]
    public async Task An_invoke_the_bot_does_not_handle_gets_a_client_status_and_no_reply(string? name, HttpStatusCode expected)
    {
        var invoke = MessagesFuzzTests.Invoke(connector.ServiceUrl, name ?? "");
        if (name is null) invoke.Remove("name");

        using var response = await app.CreateClient().PostActivityAsync(invoke);

        Assert.Equal(expected, response.StatusCode);
        Assert.Empty(connector.Replies);
        Assert.Empty(answerer.Questions);
    }

    [Theory]
    [InlineData("adaptiveCard/action")]
    [InlineData("fileConsent/invoke")]
    [InlineData("task/fetch")]
    [InlineData("task/submit")]
    [InlineData("composeExtension/query")]
    [InlineData("composeExtension/submitAction")]
    [InlineData("signin/verifyState")]
    [InlineData("actionableMessage/executeAction")]
    [InlineData("healthCheck")]
    [InlineData("unknown/thing")]
    public async Task An_invoke_without_a_value_gets_a_client_status(string name)
    {
        var invoke = MessagesFuzzTests.Invoke(connector.ServiceUrl, name);
        invoke.Remove("value");

        using var response = await app.CreateClient().PostActivityAsync(invoke);

        Assert.True((int)response.StatusCode < 500, $"{name}: {(int)response.StatusCode}");
        Assert.Empty(answerer.Questions);
    }

    [Fact]
    public async Task An_unhandled_invoke_outside_teams_gets_200_too()
    {
        var invoke = Activities.EmulatorMessage(connector.ServiceUrl, "what is ALL?");
        invoke["type"] = "invoke";
        invoke["name"] = "somethingNew";

        using var response = await app.CreateClient().PostActivityAsync(invoke);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(answerer.Questions);
    }
}
