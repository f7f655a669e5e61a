using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;
using AllBot.Tests.TestDoubles;

namespace AllBot.Tests.Channels.DirectLine;

public sealed class DirectLineStreamTests : IDisposable
{
    private readonly BotApp app = BotApp.DirectLine();

    [Fact]
    public async Task The_stream_sends_the_backlog_on_connect_then_each_new_activity()
    {
        using var client = app.NewClient();
        var session = await client.StartAsync();
        using var socket = await ConnectAsync(StreamUrl(session, ""));

        var backlog = await ReceiveAsync(socket);
        Assert.Equal("1", (string?)backlog["watermark"]);
        Assert.Equal($"WELCOME {session.UserId} on webchat", ActivityJson.Text(Assert.Single(backlog["activities"]!.AsArray())));

        (await client.PostMessageAsync(session, "over the socket", "ws-1")).Dispose();

        var echo = await ReceiveAsync(socket);
        Assert.Equal("2", (string?)echo["watermark"]);
        Assert.Equal("ws-1", (string?)echo["activities"]![0]!["channelData"]!["clientActivityID"]);
        var typing = await ReceiveAsync(socket);
        Assert.Equal("typing", (string?)typing["activities"]![0]!["type"]);
        Assert.Null(typing["watermark"]);
        var reply = await ReceiveAsync(socket);
        Assert.Equal("3", (string?)reply["watermark"]);
        Assert.Equal("echo: over the socket", ActivityJson.Text(reply["activities"]![0]));
    }

    [Fact]
    public async Task The_stream_resumes_after_the_watermark_it_was_given()
    {
        using var client = app.NewClient();
        var session = await client.StartAsync();
        (await client.PostMessageAsync(session, "before reconnecting")).Dispose();

        using var socket = await ConnectAsync(StreamUrl(session, "2"));

        var backlog = await ReceiveAsync(socket);
        Assert.Equal("3", (string?)backlog["watermark"]);
        Assert.Equal(["echo: before reconnecting"], ActivityJson.Texts(backlog["activities"]!.AsArray()));
    }

    [Fact]
    public async Task A_stream_with_another_conversations_token_is_refused()
    {
        using var client = app.NewClient();
        var mine = await client.StartAsync();
        var theirs = await client.StartAsync();
        var url = StreamUrl(theirs, "").Replace(Uri.EscapeDataString(theirs.Token), Uri.EscapeDataString(mine.Token), StringComparison.Ordinal);

        await Assert.ThrowsAnyAsync<Exception>(() => ConnectAsync(url));
    }

    [Fact]
    public async Task A_stream_opened_by_another_site_is_refused()
    {
        using var client = app.NewClient();
        var session = await client.StartAsync();

        await Assert.ThrowsAnyAsync<Exception>(() => ConnectAsync(StreamUrl(session, ""), origin: "https://evil.example"));
    }

    [Fact]
    public async Task A_stream_closes_when_its_conversation_is_forgotten()
    {
        using var client = app.NewClient();
        var session = await client.StartAsync();
        using var socket = await ConnectAsync(StreamUrl(session, ""));
        await ReceiveAsync(socket);
        app.Clock.Advance(TimeSpan.FromHours(1));

        app.Conversations.RemoveIdle();

        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        var result = await socket.ReceiveAsync(new byte[1024], timeout.Token);
        Assert.Equal(WebSocketMessageType.Close, result.MessageType);
    }

    [Fact]
    public async Task A_conversation_refuses_more_streams_than_its_cap_with_429()
    {
        using var capped = BotApp.DirectLine(("DirectLine:MaxStreamsPerConversation", "2"));
        using var client = capped.NewClient();
        var session = await client.StartAsync();
        using var first = await ConnectAsync(capped, StreamUrl(session, ""));
        using var second = await ConnectAsync(capped, StreamUrl(session, ""));

        var refused = await Assert.ThrowsAnyAsync<Exception>(() => ConnectAsync(capped, StreamUrl(session, "")));

        Assert.Contains("429", refused.Message);
        var other = await client.StartAsync();
        using var otherStream = await ConnectAsync(capped, StreamUrl(other, ""));
        Assert.Equal(WebSocketState.Open, otherStream.State);
    }

    [Fact]
    public async Task A_closed_stream_frees_its_place()
    {
        using var capped = BotApp.DirectLine(("DirectLine:MaxStreamsPerConversation", "1"));
        using var client = capped.NewClient();
        var session = await client.StartAsync();
        using (var first = await ConnectAsync(capped, StreamUrl(session, "")))
        {
            await ReceiveAsync(first);
            await first.CloseAsync(WebSocketCloseStatus.NormalClosure, null, CancellationToken.None);
        }

        var reopened = await RetryAsync(() => ConnectAsync(capped, StreamUrl(session, "")));

        Assert.Equal(WebSocketState.Open, reopened.State);
        reopened.Dispose();
    }

    [Fact]
    public async Task Stream_caps_hold_under_a_burst_of_300_connections_on_20_tokens()
    {
        using var capped = BotApp.DirectLine(("DirectLine:MaxStreamsPerConversation", "4"), ("DirectLine:MaxStreams", "50"));
        using var client = capped.NewClient();
        var sessions = new List<DirectLineTestClient.Session>();
        for (var i = 0; i < 20; i++) sessions.Add(await client.StartAsync());
        var opened = new System.Collections.Concurrent.ConcurrentBag<(string Conversation, WebSocket Socket)>();
        var refusals = new System.Collections.Concurrent.ConcurrentBag<string>();

        await Parallel.ForEachAsync(Enumerable.Range(0, 300), new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (i, _) =>
        {
            var session = sessions[i % sessions.Count];
            try
            {
                opened.Add((session.ConversationId, await ConnectAsync(capped, StreamUrl(session, ""))));
            }
            catch (InvalidOperationException refused)
            {
                refusals.Add(refused.Message.Contains("429", StringComparison.Ordinal) ? "429" : refused.Message.Contains("503", StringComparison.Ordinal) ? "503" : refused.Message);
            }
        });

        try
        {
            Assert.Equal(50, opened.Count);
            Assert.All(opened.GroupBy(o => o.Conversation), perConversation => Assert.InRange(perConversation.Count(), 1, 4));
            Assert.Equal(250, refusals.Count);
            Assert.All(refusals, status => Assert.Contains(status, new[] { "429", "503" }));
            Assert.Contains("503", refusals);
        }
        finally
        {
            foreach (var (_, socket) in opened) socket.Dispose();
        }
    }

    /// <summary>Tries again for a few seconds: the server frees a stream's place once it has seen the close.</summary>
    private static async Task<T> RetryAsync<T>(Func<Task<T>> attempt)
    {
        for (var i = 0; ; i++)
        {
            try
            {
                return await attempt();
            }
            catch (InvalidOperationException) when (i < 50)
            {
                await Task.Delay(100);
            }
        }
    }

    private static string StreamUrl(DirectLineTestClient.Session session, string watermark) =>
        $"ws://localhost/v3/directline/conversations/{session.ConversationId}/stream?watermark={watermark}&t={Uri.EscapeDataString(session.Token)}";

    private Task<WebSocket> ConnectAsync(string url, string? origin = null) => ConnectAsync(app, url, origin);

    private static async Task<WebSocket> ConnectAsync(BotApp app, string url, string? origin = null)
    {
        var sockets = app.Server.CreateWebSocketClient();
        if (origin is not null) sockets.ConfigureRequest = request => request.Headers.Origin = origin;
        return await sockets.ConnectAsync(new Uri(url), CancellationToken.None);
    }

    private static async Task<JsonNode> ReceiveAsync(WebSocket socket)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        var buffer = new byte[64 * 1024];
        var text = new StringBuilder();
        WebSocketReceiveResult result;
        do
        {
            result = await socket.ReceiveAsync(buffer, timeout.Token);
            text.Append(Encoding.UTF8.GetString(buffer, 0, result.Count));
        }
        while (!result.EndOfMessage);
        return JsonNode.Parse(text.ToString())!;
    }

    public void Dispose() => app.Dispose();
}
