using System.Net;
using AllBot.Tests.TestDoubles;

namespace AllBot.Tests.Bot;

/// <summary>Replies the channel refuses with "not now" statuses are retried; others are not.</summary>
public sealed class ChannelRetryTests : IAsyncLifetime
{
    private readonly FakeAnswerer _answerer = new FakeAnswerer().Returns(Canned.Urgent("help"));
    private FakeConnector _connector = null!;
    private BotApp _app = null!;

    public async Task InitializeAsync()
    {
        _connector = await FakeConnector.StartAsync();
        _app = new BotApp(answerer: _answerer);
    }

    public async Task DisposeAsync()
    {
        await _app.DisposeAsync();
        await _connector.DisposeAsync();
    }

    private Task<HttpResponseMessage> AskAsync() =>
        _app.CreateClient().PostActivityAsync(Activities.EmulatorMessage(_connector.ServiceUrl, "help"));

    [Fact]
    public async Task Throttling_and_gateway_errors_are_retried_until_the_reply_is_delivered()
    {
        _connector.FailNext(429, retryAfter: "0");
        _connector.FailNext(412);
        _connector.FailNext(502);
        _connector.FailNext(504);

        var response = await AskAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(5, _connector.Attempts.Count);
        Assert.Equal(["URGENT-TEXT"], _connector.Replies.Select(r => r.Text));
    }

    [Fact]
    public async Task Retry_after_is_honoured()
    {
        _connector.FailNext(429, retryAfter: "1");

        await AskAsync();

        var attempts = _connector.Attempts.ToList();
        Assert.Equal(2, attempts.Count);
        Assert.True(attempts[1].At - attempts[0].At >= TimeSpan.FromMilliseconds(900), $"retried after {attempts[1].At - attempts[0].At}");
    }

    [Fact]
    public async Task A_server_error_is_not_retried_and_the_request_still_gets_200()
    {
        _connector.FailNext(500);
        _connector.FailNext(500);

        var response = await AskAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        // The reply once, then the apology once: neither retried.
        Assert.Equal(2, _connector.Attempts.Count);
        Assert.Empty(_connector.Replies);
    }

    [Fact]
    public async Task Retries_stop_after_the_configured_number()
    {
        for (var i = 0; i < 12; i++) _connector.FailNext(503 - 1);

        await AskAsync();

        // 1 + 4 retries for the reply, then 1 + 4 for the apology after the turn failed.
        Assert.Equal(10, _connector.Attempts.Count);
    }
}
