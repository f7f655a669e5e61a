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

    private static string StreamUrl(DirectLineTestClient.Session session, string watermark) =>
        $"ws://localhost/v3/directline/conversations/{session.ConversationId}/stream?watermark={watermark}&t={Uri.EscapeDataString(session.Token)}";

    private async Task<WebSocket> ConnectAsync(string url, string? origin = null)
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
