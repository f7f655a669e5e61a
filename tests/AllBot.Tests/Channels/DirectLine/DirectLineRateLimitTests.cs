using System.Net;
using AllBot.Tests.TestDoubles;

namespace AllBot.Tests.Channels.DirectLine;

/// <summary>
/// What a request costs before its token is checked is counted against the client's address only; a conversation's
/// own budgets are spent only by requests that carry its valid token.
/// </summary>
public sealed class DirectLineRateLimitTests
{
    [Fact]
    public async Task Requests_without_a_valid_token_count_against_the_clients_address_whatever_conversation_they_name()
    {
        using var app = BotApp.DirectLine(("DirectLine:RequestsPerMinutePerClient", "20"));
        using var attacker = app.NewClientFrom("203.0.113.7");
        var statuses = new List<HttpStatusCode>();

        for (var i = 0; i < 30; i++)
        {
            using var response = await attacker.SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{Guid.NewGuid():N}/activities", token: null);
            statuses.Add(response.StatusCode);
        }

        Assert.Equal(Enumerable.Repeat(HttpStatusCode.Unauthorized, 20), statuses.Take(20));
        Assert.Equal(Enumerable.Repeat(HttpStatusCode.TooManyRequests, 10), statuses.Skip(20));
    }

    [Fact]
    public async Task Forged_tokens_for_a_conversation_do_not_spend_its_budget()
    {
        using var app = BotApp.DirectLine(("DirectLine:RequestsPerMinutePerConversation", "10"));
        using var visitor = app.NewClientFrom("198.51.100.1");
        using var attacker = app.NewClientFrom("203.0.113.7");
        var session = await visitor.StartAsync();

        for (var i = 0; i < 30; i++)
        {
            using var forged = await attacker.SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{session.ConversationId}/activities", "forged.token");
            Assert.Equal(HttpStatusCode.Forbidden, forged.StatusCode);
        }

        var (activities, _) = await visitor.GetActivitiesAsync(session);
        Assert.Single(activities);
    }

    [Fact]
    public async Task A_conversations_budget_is_kept_by_its_valid_token_whichever_address_it_comes_from()
    {
        using var app = BotApp.DirectLine(("DirectLine:RequestsPerMinutePerConversation", "3"));
        using var home = app.NewClientFrom("198.51.100.1");
        using var phone = app.NewClientFrom("198.51.100.2");
        // Starting spends one request, each poll one: three in all.
        var session = await home.StartAsync();
        await home.GetActivitiesAsync(session);
        await phone.GetActivitiesAsync(session);

        using var refused = await phone.SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{session.ConversationId}/activities", session.Token);

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.InRange(int.Parse(Assert.Single(refused.Headers.GetValues("Retry-After"))), 1, 60);
    }

    [Fact]
    public async Task An_overlong_conversation_id_is_refused_before_its_token_is_read()
    {
        using var app = BotApp.DirectLine();
        using var client = app.NewClient();

        using var get = await client.SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{new string('a', 8000)}/activities", token: null);
        using var post = await client.SendAsync(HttpMethod.Post, $"/v3/directline/conversations/{new string('a', 65)}/activities", token: null, "{}");

        Assert.Equal(HttpStatusCode.NotFound, get.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
    }
}
