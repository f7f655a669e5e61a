using System.Net;
using AllBot.Tests.TestDoubles;

namespace AllBot.Tests.Channels.DirectLine;

public sealed class DirectLineAccessTests : IDisposable
{
    private readonly BotApp app = BotApp.DirectLine();

    [Fact]
    public async Task Another_conversations_token_gets_403_and_neither_reads_nor_writes()
    {
        using var client = app.NewClient();
        var mine = await client.StartAsync();
        var theirs = await client.StartAsync();
        (await client.PostMessageAsync(theirs, "their private question")).Dispose();

        using var read = await client.SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{theirs.ConversationId}/activities", mine.Token);
        using var write = await client.PostMessageAsync(mine, "intruding", conversationId: theirs.ConversationId);
        using var reconnect = await client.SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{theirs.ConversationId}", mine.Token);

        Assert.Equal(HttpStatusCode.Forbidden, read.StatusCode);
        Assert.DoesNotContain("their private question", await read.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Forbidden, write.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, reconnect.StatusCode);
        Assert.DoesNotContain("intruding", ActivityJson.Texts((await client.GetActivitiesAsync(theirs)).Activities));
        Assert.DoesNotContain("their private question", ActivityJson.Texts((await client.GetActivitiesAsync(mine)).Activities));
    }

    [Fact]
    public async Task An_expired_token_gets_403()
    {
        using var client = app.NewClient();
        var session = await client.StartAsync();
        app.Clock.Advance(TimeSpan.FromMinutes(31));

        using var response = await client.SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{session.ConversationId}/activities", session.Token);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task A_forged_token_gets_403()
    {
        using var client = app.NewClient();
        var session = await client.StartAsync();
        var forged = session.Token[..^2] + (session.Token[^2] == 'A' ? "BB" : "AA");
        var otherPayload = app.Tokens.Issue("someone-else", "dl_x").Token.Split('.')[0] + "." + session.Token.Split('.')[1];

        using var tampered = await client.SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{session.ConversationId}/activities", forged);
        using var swapped = await client.SendAsync(HttpMethod.Get, "/v3/directline/conversations/someone-else/activities", otherPayload);
        using var garbage = await client.SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{session.ConversationId}/activities", "not-a-token");

        Assert.Equal(HttpStatusCode.Forbidden, tampered.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, swapped.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, garbage.StatusCode);
    }

    [Fact]
    public async Task No_token_gets_401()
    {
        using var client = app.NewClient();
        var session = await client.StartAsync();

        using var response = await client.SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{session.ConversationId}/activities", token: null);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task An_unknown_conversation_gets_404()
    {
        using var client = app.NewClient();
        var token = app.Tokens.Issue("0123456789abcdef0123456789abcdef", "dl_nobody").Token;

        using var response = await client.SendAsync(HttpMethod.Get, "/v3/directline/conversations/0123456789abcdef0123456789abcdef/activities", token);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task An_idle_conversation_is_forgotten_and_then_gets_404()
    {
        using var client = app.NewClient();
        var idle = await client.StartAsync();
        app.Clock.Advance(TimeSpan.FromMinutes(20));
        var active = await client.StartAsync();
        app.Clock.Advance(TimeSpan.FromMinutes(11));

        var removed = app.Conversations.RemoveIdle();

        Assert.Equal(1, removed);
        var freshToken = app.Tokens.Issue(idle.ConversationId, idle.UserId).Token;
        using var response = await client.SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{idle.ConversationId}/activities", freshToken);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Single((await client.GetActivitiesAsync(active)).Activities);
    }

    public void Dispose() => app.Dispose();
}
