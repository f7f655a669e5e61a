using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace AllBot.Channels.DirectLine;

/// <summary>
/// Per-client rate limits (fixed one-minute windows). Calls about a conversation are counted per conversation;
/// others per client IP address. A refused call gets 429 with Retry-After, which the widget waits for.
/// </summary>
public static class DirectLineRateLimits
{
    /// <summary>Posting messages (each runs a bot turn).</summary>
    public const string Messages = "directline-messages";

    /// <summary>Polling, reconnecting, refreshing, streaming.</summary>
    public const string Requests = "directline-requests";

    public static void AddPolicies(RateLimiterOptions limiter, DirectLineOptions options)
    {
        limiter.AddPolicy(Messages, http => PerMinute(PartitionKey(http), options.MessagesPerMinutePerConversation));
        limiter.AddPolicy(Requests, http => PerMinute(PartitionKey(http), options.RequestsPerMinutePerConversation));
    }

    /// <summary>Answers a refused call with 429, Retry-After (whole seconds) and a short plain explanation.</summary>
    public static async ValueTask RejectAsync(OnRejectedContext context, CancellationToken cancellationToken)
    {
        var response = context.HttpContext.Response;
        response.StatusCode = StatusCodes.Status429TooManyRequests;
        var retryAfter = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromMinutes(1);
        response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
        await response.WriteAsJsonAsync(
            new { title = "Too many requests", status = 429, detail = "Please wait a moment before sending more." },
            cancellationToken);
    }

    public static RateLimitPartition<string> PerMinute(string key, int permits) =>
        RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = permits,
            Window = TimeSpan.FromMinutes(1),
            QueueLimit = 0,
        });

    public static string ClientAddress(HttpContext http) => http.Connection.RemoteIpAddress?.ToString() ?? "unknown";

    private static string PartitionKey(HttpContext http) =>
        http.Request.RouteValues["conversationId"] is string conversationId ? "c:" + conversationId : "ip:" + ClientAddress(http);
}
