using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace AllBot.Tests.TestDoubles;

/// <summary>
/// A Bot Framework channel stand-in on loopback: records every reply the bot posts to
/// /v3/conversations/{id}/activities[/{replyToId}], and can be told to answer the next posts with an error or to
/// hang (never answer until the caller gives up).
/// </summary>
public sealed class FakeConnector : IAsyncDisposable
{
    private const int Hang = -1;
    private readonly ConcurrentQueue<(int Status, string? RetryAfter)> _failures = new();
    private StandInServer _server = null!;

    /// <summary>Every successfully received reply, in arrival order.</summary>
    public ConcurrentQueue<RecordedReply> Replies { get; } = new();

    /// <summary>Every POST, failed ones included, with its arrival time.</summary>
    public ConcurrentQueue<(string Path, DateTimeOffset At)> Attempts { get; } = new();

    public string ServiceUrl { get; private set; } = "";

    public static async Task<FakeConnector> StartAsync()
    {
        var connector = new FakeConnector();
        connector._server = await StandInServer.StartAsync(app =>
            app.MapPost("/v3/conversations/{conversationId}/activities/{replyToId?}", connector.ReceiveAsync));
        connector.ServiceUrl = connector._server.Address.ToString();
        return connector;
    }

    /// <summary>The next post is answered with <paramref name="status"/> (and a Retry-After header when given).</summary>
    public void FailNext(int status, string? retryAfter = null) => _failures.Enqueue((status, retryAfter));

    /// <summary>The next post is never answered: the connector waits until the bot gives up and closes the request.</summary>
    public void HangNext() => _failures.Enqueue((Hang, null));

    public IReadOnlyList<JsonNode> Messages => Replies.Where(r => r.Type == "message").Select(r => r.Body).ToList();

    private async Task<IResult> ReceiveAsync(HttpContext context, string conversationId, string? replyToId)
    {
        Attempts.Enqueue((context.Request.Path, DateTimeOffset.UtcNow));
        if (_failures.TryDequeue(out var failure))
        {
            if (failure.Status == Hang)
            {
                await Task.Delay(Timeout.InfiniteTimeSpan, context.RequestAborted).ContinueWith(_ => { }, TaskScheduler.Default);
                return Results.Empty;
            }
            if (failure.RetryAfter is not null) context.Response.Headers.RetryAfter = failure.RetryAfter;
            return Results.StatusCode(failure.Status);
        }
        var body = await JsonNode.ParseAsync(context.Request.Body) ?? throw new InvalidOperationException("empty reply");
        var id = Guid.NewGuid().ToString("n");
        Replies.Enqueue(new RecordedReply(conversationId, replyToId, body, id));
        return Results.Json(new { id });
    }

    public ValueTask DisposeAsync() => _server.DisposeAsync();
}

/// <summary>One reply as the channel received it, and the id the channel gave it.</summary>
public sealed record RecordedReply(string ConversationId, string? ReplyToId, JsonNode Body, string Id)
{
    public string? Type => (string?)Body["type"];

    public string? Text => (string?)Body["text"];
}
