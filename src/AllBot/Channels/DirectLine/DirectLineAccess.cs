using System.Diagnostics.CodeAnalysis;
using Microsoft.AspNetCore.Http.HttpResults;

namespace AllBot.Channels.DirectLine;

/// <summary>What a valid token gives access to: its conversation, its claims, and the token itself.</summary>
public sealed record DirectLineGrant(DirectLineConversation Conversation, TokenClaims Claims, string Token);

/// <summary>
/// Checks a request's token against the conversation it asks for. The widget reads 403 as "expired" and 404 as
/// "ended", so: no token is 401, a forged, expired or other conversation's token is 403, a conversation that no
/// longer exists is 404.
/// </summary>
public sealed class DirectLineAccess(DirectLineTokenService tokens, ConversationStore store)
{
    /// <summary>The token from <c>Authorization: Bearer ...</c>.</summary>
    public static string? BearerToken(HttpRequest request)
    {
        var header = request.Headers.Authorization.ToString();
        return header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? header["Bearer ".Length..].Trim() : null;
    }

    /// <summary>
    /// Finds the conversation <paramref name="token"/> may use (<paramref name="conversationId"/> null means the token's
    /// own): either <paramref name="grant"/> is set and true is returned, or <paramref name="problem"/> says why not.
    /// </summary>
    public bool TryAuthorize(string? token, string? conversationId,
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
