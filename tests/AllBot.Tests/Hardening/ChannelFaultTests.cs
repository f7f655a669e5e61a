using System.Diagnostics;
using System.Net;
using System.Text.Json.Nodes;
using AllBot.Tests.TestDoubles;

namespace AllBot.Tests.Hardening;

/// <summary>
/// The channel misbehaves (server errors, throttling with long Retry-After, a reply that never returns): retries stay
/// bounded, the turn ends with a 200 in bounded time, and another conversation is answered meanwhile.
/// </summary>
public sealed class ChannelFaultTests : IAsyncLifetime
{
    /// <summary>Short, so the test is quick; production's default is 30 seconds.</summary>
    private static readonly TimeSpan TotalTimeout = TimeSpan.FromSeconds(2);

    private readonly FakeAnswerer answerer = new FakeAnswerer().Returns(Canned.Passage("what is ALL?"));
    private FakeConnector connector = null!;
    private BotApp app = null!;

    public async Task InitializeAsync()
    {
        connector = await FakeConnector.StartAsync();
        app = new BotApp(new Dictionary<string, string?> { ["Bot:ChannelRetry:TotalTimeout"] = TotalTimeout.ToString() }, answerer);
    }

    public async Task DisposeAsync()
    {
        await app.DisposeAsync();
        await connector.DisposeAsync();
    }

    private JsonObject Question(string conversationId)
    {
        var message = Activities.EmulatorMessage(connector.ServiceUrl, "what is ALL?", id: "m-" + conversationId);
        message["conversation"]!["id"] = conversationId;
        return message;
    }

    [Fact]
    public async Task A_hanging_channel_ends_the_turn_in_bounded_time_while_another_conversation_is_answered()
    {
        var client = app.CreateClient();
        connector.HangNext();
        var clock = Stopwatch.StartNew();

        var hanging = client.PostActivityAsync(Question("stuck"));
        await WaitUntilAsync(() => !connector.Attempts.IsEmpty);
        using var other = await client.PostActivityAsync(Question("fine"));
        var otherAnsweredAt = clock.Elapsed;
        var otherReplies = connector.Replies.Where(r => r.ConversationId == "fine").Select(r => r.Text).ToList();
        using var stuck = await hanging;

        Assert.Equal(HttpStatusCode.OK, other.StatusCode);
        Assert.Contains("PASSAGE-TEXT\n\nSource: SOURCE-TITLE", otherReplies);
        Assert.True(otherAnsweredAt < TotalTimeout, $"the other conversation waited {otherAnsweredAt}");
        Assert.Equal(HttpStatusCode.OK, stuck.StatusCode);
        // The hung typing indicator used the whole budget; the apology then went through.
        Assert.InRange(clock.Elapsed, TotalTimeout, TotalTimeout * 4);
        Assert.Equal(["ERROR-TEXT"], connector.Replies.Where(r => r.ConversationId == "stuck").Select(r => r.Text));
    }

    [Fact]
    public async Task A_hanging_channel_holds_the_request_no_longer_than_the_turn_timeout_apology_included()
    {
        await using var bounded = new BotApp(new Dictionary<string, string?>
        {
            ["Bot:ChannelRetry:TotalTimeout"] = TotalTimeout.ToString(),
            ["Bot:TurnTimeout"] = TotalTimeout.ToString(),
        }, answerer);
        var client = bounded.CreateClient();
        // The typing indicator hangs, then the apology would too.
        connector.HangNext();
        connector.HangNext();
        var clock = Stopwatch.StartNew();

        using var response = await client.PostActivityAsync(Question("hung"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        // Before the turn timeout: the reply's own timeout, then the apology's again (twice the total timeout).
        Assert.InRange(clock.Elapsed, TotalTimeout, TotalTimeout + TimeSpan.FromSeconds(1.5));
        Assert.Empty(connector.Replies);
    }

    [Fact]
    public async Task Throttling_with_an_hour_long_retry_after_gives_up_within_the_total_timeout()
    {
        for (var i = 0; i < 20; i++) connector.FailNext(429, retryAfter: "3600");
        // Started first, so the clock measures the turn, not the host's start-up.
        var client = app.CreateClient();
        var clock = Stopwatch.StartNew();

        using var response = await client.PostActivityAsync(Question("throttled"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        // The reply and the apology each give up after at most the total timeout.
        Assert.True(clock.Elapsed < TotalTimeout * 2 + TimeSpan.FromSeconds(2), $"took {clock.Elapsed}");
        Assert.InRange(connector.Attempts.Count, 2, 10);
        Assert.Empty(connector.Replies);
    }

    [Fact]
    public async Task Persistent_throttling_is_retried_a_bounded_number_of_times()
    {
        for (var i = 0; i < 50; i++) connector.FailNext(429, retryAfter: "0");

        using var response = await app.CreateClient().PostActivityAsync(Question("busy"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        // 1 + 4 retries for the first reply, then 1 + 4 for the apology.
        Assert.Equal(10, connector.Attempts.Count);
    }

    [Fact]
    public async Task Server_errors_in_one_conversation_leave_the_next_conversation_answered()
    {
        var client = app.CreateClient();
        // The first reply and the apology: 500 is not retried.
        connector.FailNext(500);
        connector.FailNext(500);

        using var failed = await client.PostActivityAsync(Question("broken"));
        using var fine = await client.PostActivityAsync(Question("after"));

        Assert.Equal(HttpStatusCode.OK, failed.StatusCode);
        Assert.Equal(HttpStatusCode.OK, fine.StatusCode);
        Assert.Contains("PASSAGE-TEXT\n\nSource: SOURCE-TITLE", connector.Replies.Where(r => r.ConversationId == "after").Select(r => r.Text));
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (!condition())
        {
            if (DateTime.UtcNow > deadline) throw new TimeoutException("condition never became true");
            await Task.Delay(10);
        }
    }
}
