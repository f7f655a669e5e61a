using AllBot.Bot;
using AllBot.Hosting;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Options;
using Newtonsoft.Json;

namespace AllBot.Channels.DirectLine;

/// <summary>The Direct Line 3.0 calls the Web Chat widget makes (README, "Web chat"), under /v3/directline.</summary>
public static class DirectLineEndpoints
{
    public const string Prefix = "/v3/directline";

    // Ids are 32 hex characters; a longer one names no conversation and is not worth reading a token for.
    private const string Conversation = "/conversations/{conversationId:maxlength(64)}";

    public static IEndpointRouteBuilder MapDirectLineEndpoints(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup(Prefix).RequireCors(AllowedOrigins.CorsPolicy).DisableAntiforgery()
            .RequireRateLimiting(DirectLineRateLimits.Clients);
        api.MapPost("/conversations", StartConversation);
        api.MapGet(Conversation, Reconnect);
        api.MapGet(Conversation + "/activities", GetActivities);
        api.MapPost(Conversation + "/activities", PostActivity);
        api.MapPost("/tokens/refresh", RefreshToken);
        app.Map(Prefix + Conversation + "/stream", DirectLineStream.AcceptAsync).RequireRateLimiting(DirectLineRateLimits.Clients);
        return app;
    }

    /// <summary>Starts the conversation the token was issued for; the bot's welcome is in the backlog by the time this answers.</summary>
    private static async Task<Results<Created<ConversationResponse>, ProblemHttpResult>> StartConversation(
        HttpRequest request, DirectLineAccess access, DirectLineAdapter adapter, IBot bot, TimeProvider time, CancellationToken cancellationToken)
    {
        if (!access.TryAuthorize(request, null, CallKind.Request, out var grant, out var problem)) return problem;
        await adapter.StartAsync(grant.Conversation, bot, cancellationToken);
        return TypedResults.Created($"{Prefix}/conversations/{grant.Conversation.Id}", Describe(request, grant, 0, time));
    }

    /// <summary>Reconnects (new stream address from a watermark); also starts the conversation when the page passed its id.</summary>
    private static async Task<Results<Ok<ConversationResponse>, ProblemHttpResult>> Reconnect(
        string conversationId, string? watermark, HttpRequest request, DirectLineAccess access, DirectLineAdapter adapter, IBot bot,
        TimeProvider time, CancellationToken cancellationToken)
    {
        if (!access.TryAuthorize(request, conversationId, CallKind.Request, out var grant, out var problem)) return problem;
        await adapter.StartAsync(grant.Conversation, bot, cancellationToken);
        return TypedResults.Ok(Describe(request, grant, DirectLineAccess.Watermark(watermark), time));
    }

    private static Results<ActivitySetResult, ProblemHttpResult> GetActivities(
        string conversationId, string? watermark, HttpRequest request, DirectLineAccess access, IOptions<DirectLineOptions> options)
    {
        if (!access.TryAuthorize(request, conversationId, CallKind.Request, out var grant, out var problem)) return problem;
        return new ActivitySetResult(grant.Conversation.Since(DirectLineAccess.Watermark(watermark), options.Value.ActivitiesPerPage));
    }

    private static async Task<Results<Ok<ResourceIdResponse>, ProblemHttpResult>> PostActivity(
        string conversationId, HttpRequest request, DirectLineAccess access, DirectLineAdapter adapter, IBot bot,
        IOptions<DirectLineOptions> options, CancellationToken cancellationToken)
    {
        if (!access.TryAuthorize(request, conversationId, CallKind.Message, out var grant, out var problem)) return problem;

        var limit = options.Value.MaxActivityBytes;
        await using var body = await CappedBody.ReadAsync(request, limit, cancellationToken);
        if (body is null) return DirectLineAccess.Problem(StatusCodes.Status413PayloadTooLarge, $"A message can be at most {limit} bytes.");

        Activity? activity;
        try
        {
            activity = ActivityJsonSettings.Read(body);
        }
        catch (JsonException)
        {
            return DirectLineAccess.Problem(StatusCodes.Status400BadRequest, "The body is not a JSON activity.");
        }
        if (activity?.Type is not (ActivityTypes.Message or ActivityTypes.Event or ActivityTypes.Typing))
        {
            return DirectLineAccess.Problem(StatusCodes.Status400BadRequest, "Only message, event and typing activities can be posted.");
        }

        var id = await adapter.ReceiveAsync(grant.Conversation, activity, bot, cancellationToken);
        return TypedResults.Ok(new ResourceIdResponse(id));
    }

    private static Results<Ok<ConversationResponse>, ProblemHttpResult> RefreshToken(
        HttpRequest request, DirectLineAccess access, DirectLineTokenService tokens)
    {
        if (!access.TryAuthorize(request, null, CallKind.Request, out var grant, out var problem)) return problem;
        var issued = tokens.Issue(grant.Conversation.Id, grant.Conversation.UserId);
        return TypedResults.Ok(new ConversationResponse(grant.Conversation.Id, issued.Token, issued.ExpiresIn, null));
    }

    private static ConversationResponse Describe(HttpRequest request, DirectLineGrant grant, long watermark, TimeProvider time) =>
        new(grant.Conversation.Id, grant.Token, (int)Math.Max(0, (grant.Claims.Expires - time.GetUtcNow()).TotalSeconds),
            DirectLineAccess.StreamUrl(request, grant.Conversation.Id, grant.Token, watermark));
}
