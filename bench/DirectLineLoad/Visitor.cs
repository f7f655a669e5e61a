using System.Diagnostics;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Threading.Channels;

namespace AllBot.Bench.DirectLineLoad;

/// <summary>One Web Chat visitor: a conversation, its token and its WebSocket stream.</summary>
internal sealed class Visitor : IAsyncDisposable
{
    private readonly HttpClient _http;
    private readonly string _conversationId;
    private readonly string _token;
    private readonly string _userId;
    private readonly ClientWebSocket _socket = new();
    private readonly Channel<JsonElement> _received = Channel.CreateUnbounded<JsonElement>();
    private readonly CancellationTokenSource _stop = new();
    private Task _reading = Task.CompletedTask;

    private Visitor(HttpClient http, string conversationId, string token, string userId)
    {
        _http = http;
        _conversationId = conversationId;
        _token = token;
        _userId = userId;
    }

    public static async Task<Visitor> OpenAsync(HttpClient http, Uri site)
    {
        using var tokenResponse = await http.PostAsync("/api/webchat/token", null);
        tokenResponse.EnsureSuccessStatusCode();
        var session = await tokenResponse.Content.ReadFromJsonAsync<JsonElement>();
        var visitor = new Visitor(http, session.GetProperty("conversationId").GetString()!,
            session.GetProperty("token").GetString()!, session.GetProperty("userId").GetString()!);

        using var start = visitor.Request(HttpMethod.Post, "/v3/directline/conversations", new { user = new { id = visitor._userId } });
        using var started = await http.SendAsync(start);
        started.EnsureSuccessStatusCode();
        var stream = (await started.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("streamUrl").GetString()!;
        var streamUri = new Uri(site, stream);
        await visitor._socket.ConnectAsync(new UriBuilder(streamUri) { Scheme = streamUri.Scheme == "https" ? "wss" : "ws" }.Uri, CancellationToken.None);
        visitor._reading = visitor.ReadAsync();
        return visitor;
    }

    /// <summary>Posts a question and waits for the bot's reply to it on the stream.</summary>
    public async Task<TimeSpan> AskAsync(string question)
    {
        var clock = Stopwatch.StartNew();
        using var post = Request(HttpMethod.Post, $"/v3/directline/conversations/{_conversationId}/activities", new
        {
            type = "message",
            text = question,
            from = new { id = _userId, role = "user" },
            channelData = new { clientActivityID = Guid.NewGuid().ToString("N") },
        });
        using var posted = await _http.SendAsync(post);
        posted.EnsureSuccessStatusCode();
        var id = (await posted.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString();

        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        while (true)
        {
            var activity = await _received.Reader.ReadAsync(timeout.Token);
            if (activity.TryGetProperty("replyToId", out var replyTo) && replyTo.GetString() == id
                && activity.GetProperty("type").GetString() == "message")
            {
                return clock.Elapsed;
            }
        }
    }

    private HttpRequestMessage Request(HttpMethod method, string path, object body)
    {
        var request = new HttpRequestMessage(method, path) { Content = JsonContent.Create(body) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", _token);
        return request;
    }

    private async Task ReadAsync()
    {
        var buffer = new byte[64 * 1024];
        var message = new MemoryStream();
        while (!_stop.IsCancellationRequested && _socket.State == WebSocketState.Open)
        {
            var result = await _socket.ReceiveAsync(buffer, _stop.Token);
            if (result.MessageType == WebSocketMessageType.Close) break;
            message.Write(buffer, 0, result.Count);
            if (!result.EndOfMessage) continue;
            var frame = Encoding.UTF8.GetString(message.GetBuffer(), 0, (int)message.Length);
            message.SetLength(0);
            if (frame.Length == 0) continue;
            using var json = JsonDocument.Parse(frame);
            if (!json.RootElement.TryGetProperty("activities", out var activities)) continue;
            foreach (var activity in activities.EnumerateArray()) _received.Writer.TryWrite(activity.Clone());
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        try
        {
            await _reading;
        }
        catch (OperationCanceledException)
        {
        }
        catch (WebSocketException)
        {
        }
        _socket.Dispose();
        _stop.Dispose();
    }
}
