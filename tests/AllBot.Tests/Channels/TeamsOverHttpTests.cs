using System.Net;
using AllBot.Tests.TestDoubles;

namespace AllBot.Tests.Channels;

/// <summary>Teams-shaped activities through POST /api/messages, replies recorded by the fake connector.</summary>
public sealed class TeamsOverHttpTests : IAsyncLifetime
{
    private readonly FakeAnswerer _answerer = new FakeAnswerer().Returns(Canned.Passage("what is ALL?", videos: [Canned.VideoWithUrl]));
    private FakeConnector _connector = null!;
    private BotApp _app = null!;
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        _connector = await FakeConnector.StartAsync();
        _app = new BotApp(new Dictionary<string, string?> { ["Bot:AllowedTenantIds:0"] = "tenant-a" }, _answerer);
        _client = _app.CreateClient();
    }

    public async Task DisposeAsync()
    {
        await _app.DisposeAsync();
        await _connector.DisposeAsync();
    }

    [Theory]
    [InlineData("channel")]
    [InlineData("groupChat")]
    [InlineData("personal")]
    public async Task A_mention_is_answered_in_the_same_conversation_without_the_at_markup(string conversationType)
    {
        var message = Activities.TeamsMention(conversationType, _connector.ServiceUrl, "what is ALL?");

        var response = await _client.PostActivityAsync(message);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(["what is ALL?"], _answerer.Questions);
        var replies = _connector.Replies.ToList();
        Assert.NotEmpty(replies);
        Assert.All(replies, r => Assert.Equal(((string?)message["conversation"]!["id"], "1700000000001"), (r.ConversationId, r.ReplyToId)));
        Assert.All(replies, r => Assert.DoesNotContain("<at>", r.Body.ToJsonString()));
        Assert.All(replies.Where(r => r.Body["attachments"] is not null), r => Assert.Null(r.Body["suggestedActions"]));
        Assert.All(replies.SelectMany(r => r.Body["attachments"]?.AsArray() ?? []),
            a => Assert.Equal("application/vnd.microsoft.card.hero", (string?)a!["contentType"]));
    }

    [Fact]
    public async Task A_personal_install_is_welcomed_once_although_two_activities_arrive()
    {
        var install = Activities.Teams("installationUpdate", "personal", _connector.ServiceUrl);
        install["action"] = "add";
        var conversationUpdate = Activities.Teams("conversationUpdate", "personal", _connector.ServiceUrl);
        conversationUpdate["membersAdded"] = new System.Text.Json.Nodes.JsonArray(
            new System.Text.Json.Nodes.JsonObject { ["id"] = "28:" + BotApp.AppId },
            new System.Text.Json.Nodes.JsonObject { ["id"] = "29:user-id" });

        Assert.Equal(HttpStatusCode.OK, (await _client.PostActivityAsync(conversationUpdate)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await _client.PostActivityAsync(install)).StatusCode);

        var welcome = Assert.Single(_connector.Messages);
        Assert.Contains("WELCOME-TEXT", (string?)welcome["text"]);
        Assert.Equal(3, welcome["suggestedActions"]!["actions"]!.AsArray().Count);
    }

    [Fact]
    public async Task A_tenant_outside_the_allow_list_is_ignored_without_a_reply()
    {
        var message = Activities.TeamsMention("personal", _connector.ServiceUrl, "what is ALL?", tenantId: "tenant-z");

        var response = await _client.PostActivityAsync(message);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(_connector.Attempts);
        Assert.Empty(_answerer.Questions);
    }
}
