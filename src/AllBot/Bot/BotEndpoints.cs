using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Bot.Builder;

namespace AllBot.Bot;

/// <summary>POST /api/messages: the Bot Framework channel endpoint (Emulator, Teams, Azure Bot Service).</summary>
public static class BotEndpoints
{
    public const string Route = "/api/messages";

    public static IEndpointRouteBuilder MapBotApi(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost(Route, PostActivityAsync).DisableAntiforgery();
        return endpoints;
    }

    /// <summary>
    /// Reads the activity, then hands it to the adapter. Client errors end here as 4xx: an oversized body (413), a
    /// body that is not an activity (400), a missing or invalid token (401, and no turn starts).
    /// </summary>
    public static async Task<Results<Ok, InvokeResponseResult, UnauthorizedHttpResult, ProblemHttpResult>> PostActivityAsync(
        HttpRequest request, AdapterWithErrorHandler adapter, IBot bot, CancellationToken cancellationToken)
    {
        var read = await ActivityReader.ReadAsync(request, cancellationToken);
        if (read.Activity is null) return TypedResults.Problem(read.Problem, statusCode: read.Status);

        InvokeResponse? response;
        try
        {
            response = await adapter.ProcessAsync(request.Headers.Authorization, read.Activity, bot, cancellationToken);
        }
        catch (UnauthorizedAccessException)
        {
            return TypedResults.Unauthorized();
        }
        return response is null ? TypedResults.Ok() : new InvokeResponseResult(response);
    }
}
