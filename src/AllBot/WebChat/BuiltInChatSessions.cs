using AllBot.Channels.DirectLine;
using AllBot.Hosting;
using Microsoft.AspNetCore.Http.HttpResults;

namespace AllBot.WebChat;

/// <summary>Sessions on this server's own Direct Line, started through its API (<see cref="DirectLineSessions"/>).</summary>
public sealed class BuiltInChatSessions(DirectLineSessions sessions) : IChatSessions
{
    public Task<Results<Ok<WebChatSession>, ProblemHttpResult>> StartAsync(HttpResponse response, CancellationToken cancellationToken)
    {
        if (sessions.Start() is not { } session)
        {
            // Every conversation kept is in use; none is ended to make room. The page asks the visitor to try again.
            ClientRateLimits.SetRetryAfter(response, TimeSpan.FromMinutes(1));
            return Task.FromResult<Results<Ok<WebChatSession>, ProblemHttpResult>>(
                TypedResults.Problem("The chat is busy right now. Please try again in a minute.", statusCode: StatusCodes.Status503ServiceUnavailable));
        }
        return Task.FromResult<Results<Ok<WebChatSession>, ProblemHttpResult>>(
            TypedResults.Ok(new WebChatSession(session.ConversationId, session.Token, session.ExpiresIn, session.UserId, null)));
    }
}
