using System.Net;
using AllBot.Tests.TestDoubles;

namespace AllBot.Tests.Channels.DirectLine;

public sealed class DirectLineLimitTests
{
    [Fact]
    public async Task An_oversize_message_gets_413_and_no_turn()
    {
        using var app = BotApp.DirectLine(("DirectLine:MaxActivityBytes", "4096"));
        using var client = app.NewClient();
        var session = await client.StartAsync();

        using var response = await client.PostMessageAsync(session, new string('x', 5000));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Single((await client.GetActivitiesAsync(session)).Activities);
    }

    [Theory]
    [InlineData("{")]
    [InlineData("")]
    [InlineData("null")]
    [InlineData("[1,2]")]
    [InlineData("\"text\"")]
    [InlineData("""{"type":"message","text":"hi","timestamp":"not a date"}""")]
    [InlineData("""{"type":"conversationUpdate"}""")]
    [InlineData("""{"text":"no type"}""")]
    public async Task A_malformed_or_unsupported_activity_gets_400_and_no_turn(string body)
    {
        using var app = BotApp.DirectLine();
        using var client = app.NewClient();
        var session = await client.StartAsync();

        using var response = await client.SendAsync(HttpMethod.Post, $"/v3/directline/conversations/{session.ConversationId}/activities", session.Token, body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Single((await client.GetActivitiesAsync(session)).Activities);
    }

    [Fact]
    public async Task Too_many_messages_get_429_with_retry_after()
    {
        using var app = BotApp.DirectLine(("DirectLine:MessagesPerMinutePerConversation", "3"));
        using var client = app.NewClient();
        var session = await client.StartAsync();
        for (var i = 0; i < 3; i++)
        {
            using var allowed = await client.PostMessageAsync(session, $"message {i}", $"c{i}");
            Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
        }

        using var refused = await client.PostMessageAsync(session, "one too many", "c4");

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        var retryAfter = Assert.Single(refused.Headers.GetValues("Retry-After"));
        Assert.InRange(int.Parse(retryAfter), 1, 60);
        Assert.DoesNotContain("one too many", ActivityJson.Texts((await client.GetActivitiesAsync(session)).Activities));
    }

    [Fact]
    public async Task Too_many_new_chats_from_one_client_get_429_with_retry_after()
    {
        using var app = BotApp.DirectLine(("WebChat:ConversationsPerMinutePerClient", "2"));
        using var client = app.NewClient();
        await client.NewSessionAsync();
        await client.NewSessionAsync();

        using var refused = await client.Http.PostAsync("/api/webchat/token", null);

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.True(refused.Headers.RetryAfter?.Delta > TimeSpan.Zero);
        Assert.Equal(2, app.Conversations.Count);
    }

    [Fact]
    public async Task A_flood_of_new_conversations_never_holds_more_than_the_cap_and_ends_unopened_ones_first()
    {
        using var app = BotApp.DirectLine(("DirectLine:MaxConversations", "25"));
        using var client = app.NewClient();
        var first = await client.StartAsync();
        var counts = new List<int>();

        for (var i = 0; i < 300; i++)
        {
            app.Clock.Advance(TimeSpan.FromSeconds(1));
            await client.NewSessionAsync();
            counts.Add(app.Conversations.Count);
        }

        Assert.Equal(25, counts.Max());
        Assert.Equal(25, app.Conversations.Count);
        // Quiet for five minutes, yet opened: the 300 conversations nobody opened made room for each other instead.
        using var kept = await client.SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{first.ConversationId}/activities", first.Token);
        Assert.Equal(HttpStatusCode.OK, kept.StatusCode);
    }

    [Fact]
    public async Task When_every_conversation_is_in_use_a_new_chat_gets_503_with_retry_after()
    {
        using var app = BotApp.DirectLine(("DirectLine:MaxConversations", "2"));
        using var client = app.NewClient();
        await client.StartAsync();
        await client.StartAsync();

        using var refused = await client.Http.PostAsync("/api/webchat/token", null);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, refused.StatusCode);
        Assert.True(refused.Headers.RetryAfter?.Delta > TimeSpan.Zero);
        Assert.Equal(2, app.Conversations.Count);
    }

    [Fact]
    public async Task A_long_conversation_keeps_only_the_newest_activities()
    {
        using var app = BotApp.DirectLine(("DirectLine:MaxActivitiesPerConversation", "6"));
        using var client = app.NewClient();
        var session = await client.StartAsync();
        for (var i = 1; i <= 5; i++) (await client.PostMessageAsync(session, $"message {i}", $"c{i}")).Dispose();

        var (activities, watermark) = await client.GetActivitiesAsync(session);

        Assert.Equal("11", watermark);
        Assert.Equal(["message 3", "echo: message 3", "message 4", "echo: message 4", "message 5", "echo: message 5"], ActivityJson.Texts(activities));
    }
}
