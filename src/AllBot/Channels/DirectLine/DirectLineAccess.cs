using System.Diagnostics.CodeAnalysis;
using AllBot.Hosting;
using AllBot.Telemetry;
using Microsoft.AspNetCore.Http.HttpResults;

namespace AllBot.Channels.DirectLine;

/// <summary>What a call spends of its conversation's budgets.</summary>
public enum CallKind
{
    /// <summary>Start, poll, reconnect, refresh, stream.</summary>
    Request,

    /// <summary>A posted activity.</summary>
    Message,
}

/// <summary>What a valid token gives access to: its conversation, its claims, and the token itself.</summary>
public sealed record DirectLineGrant(DirectLineConversation Conversation, TokenClaims Claims, string Token);

/// <summary>
/// Checks a request's token against the conversation it asks for, then spends the conversation's budget. The widget
/// reads 403 as "expired" and 404 as "ended", so: no token is 401, a forged, expired or other conversation's token is
/// 403, a conversation that no longer exists is 404, an exhausted budget 429 with Retry-After. Nothing is looked up
/// or kept for a conversation before its token has been verified.
/// </summary>
public sealed class DirectLineAccess(DirectLineTokenService tokens, ConversationStore store, TimeProvider time, BotMetrics metrics)
{
    /// <summary>The token from <c>Authorization: Bearer ...</c>.</summary>
    public static string? BearerToken(HttpRequest request)
    {
        var header = request.Headers.Authorization.ToString();
        return header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? header["Bearer ".Length..].Trim() : null;
    }

    /// <summary>As <see cref="TryAuthorize(HttpResponse, string?, string?, CallKind, out DirectLineGrant?, out ProblemHttpResult?)"/>, with the token of <c>Authorization: Bearer ...</c>.</summary>
    public bool TryAuthorize(HttpRequest request, string? conversationId, CallKind kind,
        [NotNullWhen(true)] out DirectLineGrant? grant, [NotNullWhen(false)] out ProblemHttpResult? problem) =>
        TryAuthorize(request.HttpContext.Response, BearerToken(request), conversationId, kind, out grant, out problem);

    /// <summary>
    /// Finds the conversation <paramref name="token"/> may use (<paramref name="conversationId"/> null means the token's
    /// own) and spends a <paramref name="kind"/> of its budget: either <paramref name="grant"/> is set and true is
    /// returned, or <paramref name="problem"/> says why not (a refusal's Retry-After goes on <paramref name="response"/>).
    /// </summary>
    public bool TryAuthorize(HttpResponse response, string? token, string? conversationId, CallKind kind,
        [NotNullWhen(true)] out DirectLineGrant? grant, [NotNullWhen(false)] out ProblemHttpResult? problem)
    {
        grant = null;
        if (string.IsNullOrEmpty(token)) return Refuse(out problem, StatusCodes.Status401Unauthorized, "A token is needed.");
        var claims = tokens.Check(token);
        if (claims is null) return Refuse(out problem, StatusCodes.Status403Forbidden, "This chat has expired. Please reload the page.");
        if (conversationId is not null && !string.Equals(claims.ConversationId, conversationId, StringComparison.Ordinal))
        {
            return Refuse(out problem, StatusCodes.Status403Forbidden, "This token belongs to another conversation.");
        }
        var conversation = store.Use(claims.ConversationId);
        if (conversation is null) return Refuse(out problem, StatusCodes.Status404NotFound, "This chat has ended. Please reload the page.");

        var budget = kind == CallKind.Message ? conversation.Messages : conversation.Requests;
        if (!budget.TryTake(time.GetUtcNow(), out var retryAfter))
        {
            ClientRateLimits.SetRetryAfter(response, retryAfter);
            metrics.RateLimited(kind == CallKind.Message ? "directline-messages" : "directline-requests");
            return Refuse(out problem, StatusCodes.Status429TooManyRequests, "Please wait a moment before sending more.");
        }
        grant = new DirectLineGrant(conversation, claims, token);
        problem = null;
        return true;
    }

    private static bool Refuse([NotNull] out ProblemHttpResult? problem, int status, string detail)
    {
        problem = Problem(status, detail);
        return false;
    }

    /// <summary>The WebSocket address for a conversation, resuming after <paramref name="watermark"/>.</summary>
    /// <remarks>The host was checked by <see cref="HostHeaderCheck"/>; the scheme is the visitor's when a known proxy ended TLS.</remarks>
    public static string StreamUrl(HttpRequest request, string conversationId, string token, long watermark)
    {
        var scheme = request.IsHttps ? "wss" : "ws";
        return $"{scheme}://{request.Host}{request.PathBase}/v3/directline/conversations/{conversationId}/stream" +
            $"?watermark={watermark}&t={Uri.EscapeDataString(token)}";
    }

    /// <summary>Reads a watermark; empty, "-" or unreadable means "from the start of what is kept".</summary>
    public static long Watermark(string? text) => long.TryParse(text, out var value) && value > 0 ? value : 0;

    public static ProblemHttpResult Problem(int status, string detail) => TypedResults.Problem(detail, statusCode: status);
}
