using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using AllBot.Tests.TestDoubles;

namespace AllBot.Tests.Bot;

/// <summary>POST /api/messages over HTTP with canned answers, replies recorded by a fake connector on loopback.</summary>
public sealed class BotEndpointsTests : IAsyncLifetime
{
    private readonly FakeAnswerer _answerer = new FakeAnswerer()
        .Returns(Canned.Passage("what is ALL?", videos: [Canned.VideoWithUrl]))
        .Returns(Canned.Urgent("I can't breathe"));
    private FakeConnector _connector = null!;
    private BotApp _app = null!;
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        _connector = await FakeConnector.StartAsync();
        _app = new BotApp(answerer: _answerer);
        _client = _app.CreateClient();
    }

    public async Task DisposeAsync()
    {
        await _app.DisposeAsync();
        await _connector.DisposeAsync();
    }

    [Fact]
    public async Task An_emulator_conversation_is_welcomed_then_answered_through_the_connector()
    {
        var joined = await _client.PostActivityAsync(Activities.EmulatorConversationUpdate(_connector.ServiceUrl));
        var asked = await _client.PostActivityAsync(Activities.EmulatorMessage(_connector.ServiceUrl, "what is ALL?", id: "m42"));

        Assert.Equal(HttpStatusCode.OK, joined.StatusCode);
        Assert.Equal(HttpStatusCode.OK, asked.StatusCode);
        var replies = _connector.Replies.ToList();
        Assert.Contains("WELCOME-TEXT", replies[0].Text);
        Assert.Equal(["typing", "message", "message", "message"], replies.Skip(1).Select(r => r.Type));
        Assert.All(replies.Skip(1), r => Assert.Equal(("emulator-convo-1", "m42"), (r.ConversationId, r.ReplyToId)));
        Assert.Equal("PASSAGE-TEXT\n\nSource: SOURCE-TITLE", replies[2].Text);
        Assert.Equal("https://example.org/programs/car-t", (string?)replies[3].Body["attachments"]![0]!["content"]!["buttons"]![0]!["value"]);
    }

    [Fact]
    public async Task Expect_replies_returns_every_reply_in_the_response_and_posts_none()
    {
        var message = Activities.EmulatorMessage(_connector.ServiceUrl, "what is ALL?");
        message["deliveryMode"] = "expectReplies";

        var response = await _client.PostActivityAsync(message);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        var activities = body["activities"]!.AsArray();
        // No typing indicator: with expectReplies every reply arrives at once.
        Assert.Equal(["message", "message", "message"], activities.Select(a => (string?)a!["type"]));
        Assert.Equal("PASSAGE-TEXT\n\nSource: SOURCE-TITLE", (string?)activities[0]!["text"]);
        Assert.Empty(_connector.Attempts);
    }

    [Fact]
    public async Task The_emergency_reply_is_the_only_activity_posted()
    {
        await _client.PostActivityAsync(Activities.EmulatorMessage(_connector.ServiceUrl, "I can't breathe"));

        Assert.Equal(["URGENT-TEXT"], _connector.Replies.Select(r => r.Text));
    }

    public static TheoryData<string> NotActivities => new()
    {
        "{",
        "not json",
        "[]",
        "null",
        "{}",
        """{"type":"message","text":"hi","conversation":{"id":"c"}}""",
        """{"type":"message","text":"hi","serviceUrl":"file:///etc/passwd","conversation":{"id":"c"}}""",
        """{"type":"message","text":"hi","serviceUrl":"http://127.0.0.1:9/"}""",
        """{"type":"message","timestamp":"not a date","serviceUrl":"http://127.0.0.1:9/","conversation":{"id":"c"}}""",
        """{"type":"message","serviceUrl":"http://127.0.0.1:9/","conversation":{"id":"c"},"channelData":""" + new string('[', 2000) + new string(']', 2000) + "}",
    };

    [Theory]
    [MemberData(nameof(NotActivities))]
    public async Task A_body_that_is_not_a_usable_activity_gets_400_and_no_turn(string body)
    {
        var response = await _client.PostAsync("/api/messages", new StringContent(body, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty(_answerer.Questions);
    }

    [Fact]
    public async Task A_body_over_256_KB_gets_413()
    {
        var message = Activities.EmulatorMessage(_connector.ServiceUrl, new string('a', 300 * 1024));

        var response = await _client.PostActivityAsync(message);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Empty(_answerer.Questions);
    }

    [Fact]
    public async Task A_body_just_under_the_limit_is_answered()
    {
        var message = Activities.EmulatorMessage(_connector.ServiceUrl, new string('a', 200 * 1024));

        var response = await _client.PostActivityAsync(message);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Single(_answerer.Questions);
    }

    [Fact]
    public async Task An_unknown_activity_type_is_acknowledged_and_ignored()
    {
        var activity = Activities.EmulatorMessage(_connector.ServiceUrl, "what is ALL?");
        activity["type"] = "somethingNew";

        var response = await _client.PostActivityAsync(activity);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(_connector.Attempts);
        Assert.Empty(_answerer.Questions);
    }

    [Fact]
    public async Task Get_is_not_an_endpoint()
    {
        var response = await _client.GetAsync("/api/messages");

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
    }
}
