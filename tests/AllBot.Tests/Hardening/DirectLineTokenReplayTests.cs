using System.Net;
using AllBot.Tests.Channels.DirectLine;
using AllBot.Tests.TestDoubles;

namespace AllBot.Tests.Hardening;

/// <summary>What a stolen or old token can do: nothing after it expires, nothing in another conversation, nothing after a restart.</summary>
public sealed class DirectLineTokenReplayTests : IDisposable
{
    private readonly BotApp app = BotApp.DirectLine();

    [Fact]
    public async Task An_expired_token_is_refused_by_every_call_and_starts_no_turn()
    {
        using var client = app.NewClient();
        var session = await client.StartAsync();
        var conversation = $"/v3/directline/conversations/{session.ConversationId}";
        app.Clock.Advance(TimeSpan.FromMinutes(30) + TimeSpan.FromSeconds(1));

        var statuses = new List<HttpStatusCode>();
        foreach (var (method, path) in new[]
        {
            (HttpMethod.Post, "/v3/directline/conversations"),
            (HttpMethod.Get, conversation),
            (HttpMethod.Get, conversation + "/activities"),
            (HttpMethod.Post, "/v3/directline/tokens/refresh"),
        })
        {
            using var response = await client.SendAsync(method, path, session.Token);
            statuses.Add(response.StatusCode);
        }
        using (var post = await client.PostMessageAsync(session, "replayed question")) statuses.Add(post.StatusCode);

        Assert.All(statuses, status => Assert.Equal(HttpStatusCode.Forbidden, status));
        var fresh = app.Tokens.Issue(session.ConversationId, session.UserId).Token;
        var (activities, _) = await client.GetActivitiesAsync(session with { Token = fresh });
        Assert.DoesNotContain(ActivityJson.Texts(activities), text => text?.Contains("replayed question", StringComparison.Ordinal) == true);
    }

    [Fact]
    public async Task A_refreshed_token_outlives_the_old_one_which_stops_working_at_its_own_expiry()
    {
        using var client = app.NewClient();
        var session = await client.StartAsync();
        app.Clock.Advance(TimeSpan.FromMinutes(20));
        using var refreshed = await client.SendAsync(HttpMethod.Post, "/v3/directline/tokens/refresh", session.Token);
        var newToken = (string)System.Text.Json.Nodes.JsonNode.Parse(await refreshed.Content.ReadAsStringAsync())!["token"]!;
        app.Clock.Advance(TimeSpan.FromMinutes(15));

        using var old = await client.SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{session.ConversationId}/activities", session.Token);
        using var current = await client.SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{session.ConversationId}/activities", newToken);

        Assert.NotEqual(session.Token, newToken);
        Assert.Equal(HttpStatusCode.Forbidden, old.StatusCode);
        Assert.Equal(HttpStatusCode.OK, current.StatusCode);
    }

    [Fact]
    public async Task Refreshing_never_moves_a_token_to_another_conversation()
    {
        using var client = app.NewClient();
        var mine = await client.StartAsync();
        var theirs = await client.StartAsync();

        using var refreshed = await client.SendAsync(HttpMethod.Post, "/v3/directline/tokens/refresh", mine.Token);
        var body = System.Text.Json.Nodes.JsonNode.Parse(await refreshed.Content.ReadAsStringAsync())!;
        using var read = await client.SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{theirs.ConversationId}/activities", (string)body["token"]!);

        Assert.Equal(mine.ConversationId, (string?)body["conversationId"]);
        Assert.Equal(HttpStatusCode.Forbidden, read.StatusCode);
    }

    [Fact]
    public async Task A_token_from_before_a_restart_is_refused_when_no_signing_key_is_configured()
    {
        using var client = app.NewClient();
        var session = await client.StartAsync();
        using var restarted = BotApp.DirectLine();
        using var afterRestart = restarted.NewClient();
        var someone = await afterRestart.StartAsync();

        using var response = await afterRestart.SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{someone.ConversationId}/activities", session.Token);
        using var own = await afterRestart.SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{session.ConversationId}/activities", session.Token);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, own.StatusCode);
    }

    public void Dispose() => app.Dispose();
}
