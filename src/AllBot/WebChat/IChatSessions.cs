using Microsoft.AspNetCore.Http.HttpResults;

namespace AllBot.WebChat;

/// <summary>Where the page's chat sessions come from: the built-in Direct Line, or Azure's with the secret.</summary>
public interface IChatSessions
{
    /// <summary>A session for a new visitor, or the problem to answer the page with (Retry-After set on <paramref name="response"/>).</summary>
    Task<Results<Ok<WebChatSession>, ProblemHttpResult>> StartAsync(HttpResponse response, CancellationToken cancellationToken);
}
