using System.Net;
using System.Text.Json.Nodes;
using AllBot.Tests.Channels.DirectLine;
using AllBot.Tests.TestDoubles;

namespace AllBot.Tests.WebChat;

public sealed class AzureDirectLineTokensTests
{
    private const string Secret = "SECRET-azure-direct-line-0123456789";

    [Fact]
    public async Task With_a_secret_the_page_gets_an_Azure_token_and_never_the_secret()
    {
        await using var azure = await FakeAzureDirectLine.StartAsync();
        using var app = BotApp.DirectLine(("WebChat:DirectLineSecret", Secret), ("WebChat:DirectLineEndpoint", azure.Address.ToString()));
        using var client = app.CreateClient();

        using var response = await client.PostAsync("/api/webchat/token", null);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var text = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain(Secret, text);
        var body = JsonNode.Parse(text)!;
        Assert.Equal("azure-token-1", (string?)body["token"]);
        Assert.Equal("azure-conv-1", (string?)body["conversationId"]);
        Assert.Equal(1800, (int)body["expires_in"]!);
        Assert.Equal(new Uri(azure.Address, "v3/directline").ToString(), (string?)body["directLineDomain"]);

        var call = Assert.Single(azure.Calls);
        Assert.Equal($"Bearer {Secret}", call.Authorization);
        var userId = (string?)JsonNode.Parse(call.Body)!["user"]!["id"];
        Assert.StartsWith("dl_", userId);
        Assert.Equal(userId, (string?)body["userId"]);
        Assert.Equal(0, app.Conversations.Count);
    }

    [Fact]
    public async Task With_a_secret_the_page_may_connect_to_Azure_and_the_secret_is_not_in_the_page()
    {
        await using var azure = await FakeAzureDirectLine.StartAsync();
        using var app = BotApp.DirectLine(("WebChat:DirectLineSecret", Secret), ("WebChat:DirectLineEndpoint", azure.Address.ToString()));
        using var client = app.CreateClient();

        using var response = await client.GetAsync("/");

        var policy = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains($"connect-src 'self' ws://localhost http://{azure.Address.Authority} wss://{azure.Address.Authority}", policy);
        Assert.DoesNotContain(Secret, await response.Content.ReadAsStringAsync());
        Assert.DoesNotContain(app.Logs.Entries, line => line.Contains(Secret, StringComparison.Ordinal));
    }

    [Fact]
    public async Task When_Azure_refuses_the_page_gets_502_and_a_plain_explanation()
    {
        await using var azure = await FakeAzureDirectLine.StartAsync();
        azure.FailWith = 403;
        using var app = BotApp.DirectLine(("WebChat:DirectLineSecret", Secret), ("WebChat:DirectLineEndpoint", azure.Address.ToString()));
        using var client = app.CreateClient();

        using var response = await client.PostAsync("/api/webchat/token", null);

        Assert.Equal(HttpStatusCode.BadGateway, response.StatusCode);
        var text = await response.Content.ReadAsStringAsync();
        Assert.Contains("not available right now", text);
        Assert.DoesNotContain(Secret, text);
    }
}
