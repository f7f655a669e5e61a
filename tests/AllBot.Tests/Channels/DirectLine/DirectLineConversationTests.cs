using System.Net;
using System.Text.Json.Nodes;
using AllBot.Tests.TestDoubles;

namespace AllBot.Tests.Channels.DirectLine;

public sealed class DirectLineConversationTests : IDisposable
{
    private readonly BotApp app = BotApp.DirectLine();

    [Fact]
    public async Task Starting_a_conversation_answers_with_the_token_and_a_stream_url_and_the_welcome_is_waiting()
    {
        using var client = app.NewClient();
        var session = await client.NewSessionAsync();

        using var response = await client.SendAsync(HttpMethod.Post, "/v3/directline/conversations", session.Token, """{"user":{}}""");

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal(session.ConversationId, (string?)body["conversationId"]);
        Assert.Equal(session.Token, (string?)body["token"]);
        Assert.InRange((int)body["expires_in"]!, 1700, 1800);
        Assert.StartsWith($"ws://localhost/v3/directline/conversations/{session.ConversationId}/stream?", (string?)body["streamUrl"]);

        var (activities, watermark) = await client.GetActivitiesAsync(session);
        var welcome = Assert.Single(activities);
        Assert.Equal($"WELCOME {session.UserId} on webchat", ActivityJson.Text(welcome));
        Assert.Equal("bot", ActivityJson.Role(welcome));
        Assert.Equal("1", watermark);
    }

    [Fact]
    public async Task Starting_twice_welcomes_once()
    {
        using var client = app.NewClient();
        var session = await client.StartAsync();

        using var again = await client.SendAsync(HttpMethod.Post, "/v3/directline/conversations", session.Token, "{}");

        Assert.Equal(HttpStatusCode.Created, again.StatusCode);
        Assert.Single((await client.GetActivitiesAsync(session)).Activities);
    }

    [Fact]
    public async Task A_posted_message_is_echoed_with_its_client_activity_id_then_answered()
    {
        using var client = app.NewClient();
        var session = await client.StartAsync();

        using var response = await client.PostMessageAsync(session, "hello there", clientActivityId: "abc-123");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var id = (string?)JsonNode.Parse(await response.Content.ReadAsStringAsync())!["id"];
        Assert.Equal($"{session.ConversationId}|0000002", id);

        var (activities, watermark) = await client.GetActivitiesAsync(session, "1");
        Assert.Equal("3", watermark);
        Assert.Equal(2, activities.Count);
        var echo = activities[0]!;
        Assert.Equal(id, (string?)echo["id"]);
        Assert.Equal("abc-123", (string?)echo["channelData"]!["clientActivityID"]);
        Assert.Equal("hello there", ActivityJson.Text(echo));
        Assert.Equal("user", ActivityJson.Role(echo));
        Assert.Equal(session.UserId, (string?)echo["from"]!["id"]);
        Assert.Equal(TimeSpan.Zero, DateTimeOffset.Parse((string)echo["timestamp"]!).Offset);

        var reply = activities[1]!;
        Assert.Equal("echo: hello there", ActivityJson.Text(reply));
        Assert.Equal("bot", ActivityJson.Role(reply));
        Assert.Equal(id, (string?)reply["replyToId"]);
        Assert.Equal(session.ConversationId, (string?)reply["conversation"]!["id"]);
        Assert.NotEqual(id, (string?)reply["id"]);
    }

    [Fact]
    public async Task Typing_indicators_are_not_kept_for_polling()
    {
        using var client = app.NewClient();
        var session = await client.StartAsync();
        (await client.PostMessageAsync(session, "hi")).Dispose();

        var (activities, _) = await client.GetActivitiesAsync(session);

        Assert.DoesNotContain(activities, a => (string?)a!["type"] == "typing");
        Assert.Equal(3, activities.Count);
    }

    [Fact]
    public async Task Watermarks_page_through_the_activities_without_repeats_or_gaps()
    {
        using var pagedApp = BotApp.DirectLine(("DirectLine:ActivitiesPerPage", "4"));
        using var client = pagedApp.NewClient();
        var session = await client.StartAsync();
        for (var i = 1; i <= 4; i++) (await client.PostMessageAsync(session, $"message {i}", $"c{i}")).Dispose();

        var seen = new List<string?>();
        var watermarks = new List<string>();
        var watermark = "";
        while (true)
        {
            var (activities, next) = await client.GetActivitiesAsync(session, watermark);
            Assert.True(activities.Count <= 4);
            if (activities.Count == 0)
            {
                Assert.Equal(watermark, next);
                break;
            }
            seen.AddRange(activities.Select(a => (string?)a!["id"]));
            watermarks.Add(next);
            watermark = next;
        }

        Assert.Equal(["4", "8", "9"], watermarks);
        Assert.Equal(Enumerable.Range(1, 9).Select(n => $"{session.ConversationId}|{n:D7}"), seen);
    }

    [Fact]
    public async Task Reconnecting_gives_the_token_and_a_stream_url_from_the_watermark()
    {
        using var client = app.NewClient();
        var session = await client.StartAsync();

        using var response = await client.SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{session.ConversationId}?watermark=1", session.Token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal(session.Token, (string?)body["token"]);
        Assert.Contains("watermark=1&t=", (string?)body["streamUrl"]);
    }

    [Fact]
    public async Task A_refreshed_token_works_after_the_first_one_expires()
    {
        using var client = app.NewClient();
        var session = await client.StartAsync();
        app.Clock.Advance(TimeSpan.FromMinutes(15));

        using var response = await client.SendAsync(HttpMethod.Post, "/v3/directline/tokens/refresh", session.Token);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal(session.ConversationId, (string?)body["conversationId"]);
        var refreshed = session with { Token = (string)body["token"]! };
        app.Clock.Advance(TimeSpan.FromMinutes(20));

        using var old = await client.SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{session.ConversationId}/activities", session.Token);
        Assert.Equal(HttpStatusCode.Forbidden, old.StatusCode);
        Assert.Single((await client.GetActivitiesAsync(refreshed)).Activities);
    }

    [Fact]
    public async Task A_failing_turn_gets_the_error_wording_not_a_500()
    {
        using var client = app.NewClient();
        var session = await client.StartAsync();

        using var response = await client.PostMessageAsync(session, "fail");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var (activities, _) = await client.GetActivitiesAsync(session, "2");
        Assert.Equal("ERROR-TEXT", ActivityJson.Text(Assert.Single(activities)));
    }

    public void Dispose() => app.Dispose();
}
