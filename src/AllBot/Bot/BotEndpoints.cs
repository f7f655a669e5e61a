using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Options;

namespace AllBot.Bot;

/// <summary>POST /api/messages: the Bot Framework channel endpoint (Emulator, Teams, Azure Bot Service).</summary>
public static class BotEndpoints
{
    public const string Route = "/api/messages";

    /// <summary>Without an app id, messages per client address (<see cref="BotOptions.MessagesPerMinutePerClient"/>).</summary>
    public const string RateLimitPolicy = "bot-messages";

    public static IEndpointRouteBuilder MapBotApi(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost(Route, PostActivityAsync).RequireRateLimiting(RateLimitPolicy).DisableAntiforgery();
        return endpoints;
    }

    /// <summary>
    /// Reads the activity, then hands it to the adapter for at most <see cref="BotOptions.TurnTimeout"/>. Client errors
    /// end here as 4xx: an oversized body (413), a body that is not an activity (400), without an app id a serviceUrl
    /// the bot may not reply to (403), a missing or invalid token (401, and no turn starts).
    /// </summary>
    public static async Task<Results<Ok, InvokeResponseResult, UnauthorizedHttpResult, ProblemHttpResult>> PostActivityAsync(
        HttpRequest request, AdapterWithErrorHandler adapter, IBot bot, ServiceUrlAllowList serviceUrls, IOptions<BotOptions> options,
        CancellationToken cancellationToken)
    {
        var read = await ActivityReader.ReadAsync(request, cancellationToken);
        if (read.Activity is null) return TypedResults.Problem(read.Problem, statusCode: read.Status);
        // With expectReplies the replies come back in the response: no request goes to the serviceUrl.
        if (read.Activity.DeliveryMode != DeliveryModes.ExpectReplies && !serviceUrls.IsAllowed(new Uri(read.Activity.ServiceUrl)))
        {
            return TypedResults.Problem("This bot does not reply to that serviceUrl.", statusCode: StatusCodes.Status403Forbidden);
        }

        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(options.Value.TurnTimeout);
        InvokeResponse? response;
        try
        {
            response = await adapter.ProcessAsync(request.Headers.Authorization, read.Activity, bot, deadline.Token);
        }
        catch (UnauthorizedAccessException)
        {
            return TypedResults.Unauthorized();
        }
        return response is null ? TypedResults.Ok() : new InvokeResponseResult(response);
    }
}
