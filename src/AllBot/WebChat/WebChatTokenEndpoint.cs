using System.Security.Cryptography;
using AllBot.Channels.DirectLine;
using AllBot.Hosting;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace AllBot.WebChat;

/// <summary>
/// <c>POST /api/webchat/token</c>: the page's way to a token, minted server side. Built-in mode creates a
/// conversation on this server; Azure mode asks Azure's Direct Line with the secret.
/// </summary>
public static class WebChatTokenEndpoint
{
    public const string Path = "/api/webchat/token";

    /// <summary>Limits how many chats one client address starts per minute.</summary>
    public const string RateLimitPolicy = "webchat-conversations";

    public static IEndpointRouteBuilder MapWebChatToken(this IEndpointRouteBuilder app)
    {
        app.MapPost(Path, CreateSessionAsync)
            .RequireCors(WebChatOrigins.CorsPolicy)
            .RequireRateLimiting(RateLimitPolicy)
            .DisableAntiforgery();
        return app;
    }

    private static async Task<Results<Ok<WebChatSession>, ProblemHttpResult>> CreateSessionAsync(
        HttpContext http, WebChatOrigins origins, IOptions<WebChatOptions> options, IServiceProvider services,
        CancellationToken cancellationToken)
    {
        http.Response.Headers.CacheControl = "no-store";
        if (!origins.IsAllowed(http.Request))
        {
            return TypedResults.Problem("This site may not open the chat.", statusCode: StatusCodes.Status403Forbidden);
        }
        if (options.Value.UsesAzure)
        {
            var session = await services.GetRequiredService<AzureDirectLineTokens>().GenerateAsync(cancellationToken);
            return session is null
                ? TypedResults.Problem("The chat is not available right now. Please try again in a few minutes.", statusCode: StatusCodes.Status502BadGateway)
                : TypedResults.Ok(session);
        }

        var store = services.GetRequiredService<ConversationStore>();
        var tokens = services.GetRequiredService<DirectLineTokenService>();
        var conversation = store.Create("dl_" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16)));
        if (conversation is null)
        {
            // Every conversation kept is in use; none is ended to make room. The page asks the visitor to try again.
            ClientRateLimits.SetRetryAfter(http.Response, TimeSpan.FromMinutes(1));
            return TypedResults.Problem("The chat is busy right now. Please try again in a minute.", statusCode: StatusCodes.Status503ServiceUnavailable);
        }
        var issued = tokens.Issue(conversation.Id, conversation.UserId);
        return TypedResults.Ok(new WebChatSession(conversation.Id, issued.Token, issued.ExpiresIn, conversation.UserId, null));
    }
}
