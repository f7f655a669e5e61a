using System.Net.WebSockets;
using System.Text;
using System.Threading.Channels;
using AllBot.Hosting;

namespace AllBot.Channels.DirectLine;

/// <summary>
/// The WebSocket stream: on connect, everything kept after the watermark; then each new activity as it happens.
/// The token is in the address (<c>?t=</c>) because the browser's upgrade request cannot carry a header. Streams are
/// capped per conversation (429) and per server (503), so tokens cannot be turned into unbounded sockets.
/// </summary>
public static class DirectLineStream
{
    public static async Task AcceptAsync(string conversationId, HttpContext http, DirectLineAccess access, AllowedOrigins origins,
        DirectLineStreamCap cap, TimeProvider time, CancellationToken cancellationToken)
    {
        if (!http.WebSockets.IsWebSocketRequest)
        {
            await DirectLineAccess.Problem(StatusCodes.Status400BadRequest, "This address takes WebSocket connections only.").ExecuteAsync(http);
            return;
        }
        // Browsers do not apply CORS to WebSockets, so the Origin is checked here.
        if (!origins.IsAllowed(http.Request))
        {
            await DirectLineAccess.Problem(StatusCodes.Status403Forbidden, "This site may not open the chat.").ExecuteAsync(http);
            return;
        }
        if (!access.TryAuthorize(http.Response, http.Request.Query["t"], conversationId, CallKind.Request, out var grant, out var problem))
        {
            await problem.ExecuteAsync(http);
            return;
        }
        if (!cap.TryEnter())
        {
            // The widget reconnects after a while by itself.
            ClientRateLimits.SetRetryAfter(http.Response, TimeSpan.FromSeconds(30));
            await DirectLineAccess.Problem(StatusCodes.Status503ServiceUnavailable, "The chat is busy. Please try again in a minute.").ExecuteAsync(http);
            return;
        }
        try
        {
            var conversation = grant.Conversation;
            var stream = conversation.OpenStream(DirectLineAccess.Watermark(http.Request.Query["watermark"]));
            if (stream is null && conversation.HasEnded)
            {
                await DirectLineAccess.Problem(StatusCodes.Status404NotFound, "This chat has ended.").ExecuteAsync(http);
                return;
            }
            if (stream is null)
            {
                ClientRateLimits.SetRetryAfter(http.Response, TimeSpan.FromSeconds(30));
                await DirectLineAccess.Problem(StatusCodes.Status429TooManyRequests, "This chat has too many connections open.").ExecuteAsync(http);
                return;
            }
            await StreamAsync(http, conversation, stream, time, cancellationToken);
        }
        finally
        {
            cap.Leave();
        }
    }

    private static async Task StreamAsync(HttpContext http, DirectLineConversation conversation, OpenedStream stream, TimeProvider time,
        CancellationToken cancellationToken)
    {
        try
        {
            using var socket = await http.WebSockets.AcceptWebSocketAsync();
            using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            var backlog = stream.Backlog;
            if (backlog.Activities.Count > 0) await SendAsync(socket, ActivitySetJson.Frame(backlog.Activities, backlog.Watermark), stop.Token);

            var listening = ListenAsync(socket, conversation, time, stop.Token);
            await ForwardAsync(socket, stream.Frames, listening, stop.Token);
            await stop.CancelAsync();
            if (socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
            {
                await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, CancellationToken.None);
            }
        }
        catch (Exception exception) when (exception is WebSocketException or OperationCanceledException)
        {
            // The visitor closed the page or lost the connection; there is nobody left to tell.
        }
        finally
        {
            conversation.CloseStream(stream.Frames);
        }
    }

    /// <summary>Sends frames until the conversation ends, the stream falls behind, or the client goes away.</summary>
    private static async Task ForwardAsync(WebSocket socket, ChannelReader<string> frames, Task listening, CancellationToken cancellationToken)
    {
        while (true)
        {
            var ready = frames.WaitToReadAsync(cancellationToken).AsTask();
            if (await Task.WhenAny(ready, listening) == listening || !await ready) return;
            while (frames.TryRead(out var frame)) await SendAsync(socket, frame, cancellationToken);
        }
    }

    /// <summary>Reads the client's keep-alive frames (each marks the conversation used) until it closes.</summary>
    private static async Task ListenAsync(WebSocket socket, DirectLineConversation conversation, TimeProvider time, CancellationToken cancellationToken)
    {
        var buffer = new byte[1024];
        try
        {
            while (socket.State == WebSocketState.Open)
            {
                var received = await socket.ReceiveAsync(buffer, cancellationToken);
                if (received.MessageType == WebSocketMessageType.Close) return;
                conversation.Touch(time.GetUtcNow());
            }
        }
        catch (Exception exception) when (exception is WebSocketException or OperationCanceledException)
        {
        }
    }

    private static Task SendAsync(WebSocket socket, string frame, CancellationToken cancellationToken) =>
        socket.SendAsync(Encoding.UTF8.GetBytes(frame), WebSocketMessageType.Text, endOfMessage: true, cancellationToken);
}
