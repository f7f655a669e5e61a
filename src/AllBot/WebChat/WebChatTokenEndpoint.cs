using AllBot.Hosting;
using Microsoft.AspNetCore.Http.HttpResults;

namespace AllBot.WebChat;

/// <summary>
/// <c>POST /api/webchat/token</c>: the page's way to a session, started server side (<see cref="IChatSessions"/>):
/// on this server's Direct Line, or at Azure's with the secret.
/// </summary>
public static class WebChatTokenEndpoint
{
    public const string Path = "/api/webchat/token";

    /// <summary>Limits how many chats one client address starts per minute.</summary>
    public const string RateLimitPolicy = "webchat-conversations";

    public static IEndpointRouteBuilder MapWebChatToken(this IEndpointRouteBuilder app)
    {
        app.MapPost(Path, CreateSessionAsync)
            .RequireCors(AllowedOrigins.CorsPolicy)
            .RequireRateLimiting(RateLimitPolicy)
            .DisableAntiforgery();
        return app;
    }

    private static async Task<Results<Ok<WebChatSession>, ProblemHttpResult>> CreateSessionAsync(
        HttpContext http, AllowedOrigins origins, IChatSessions sessions, CancellationToken cancellationToken)
    {
        http.Response.Headers.CacheControl = "no-store";
        if (!origins.IsAllowed(http.Request))
        {
            return TypedResults.Problem("This site may not open the chat.", statusCode: StatusCodes.Status403Forbidden);
        }
        return await sessions.StartAsync(http.Response, cancellationToken);
    }
}
