using System.Globalization;

namespace AllBot.Hosting;

/// <summary>Thrown when a request needs the knowledge base and none has loaded yet (start-up found problems in it).</summary>
public sealed class KnowledgeUnavailableException()
    : InvalidOperationException("No knowledge base is loaded: AllBot is not ready. The log lists the problems to fix.");

/// <summary>
/// While no knowledge base has loaded, requests that need it get 503 with Retry-After instead of a server error: the
/// host is up (so <c>/healthz</c> answers and a fixed knowledge base is picked up) but cannot answer yet.
/// </summary>
public static class KnowledgeUnavailableResponse
{
    private const int RetryAfterSeconds = 30;

    public static IApplicationBuilder UseKnowledgeUnavailableResponse(this IApplicationBuilder app) =>
        app.Use(async (http, next) =>
        {
            try
            {
                await next(http);
            }
            catch (KnowledgeUnavailableException) when (!http.Response.HasStarted)
            {
                http.Response.Clear();
                http.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
                http.Response.Headers.RetryAfter = RetryAfterSeconds.ToString(CultureInfo.InvariantCulture);
                await TypedResults.Problem("AllBot is not ready yet. Please try again in a minute.",
                    statusCode: StatusCodes.Status503ServiceUnavailable).ExecuteAsync(http);
            }
        });
}
