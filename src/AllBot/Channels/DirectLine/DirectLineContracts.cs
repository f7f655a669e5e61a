using System.Text.Json.Serialization;

namespace AllBot.Channels.DirectLine;

/// <summary>The answer to starting, reconnecting to, or refreshing a conversation.</summary>
/// <param name="ConversationId">The conversation the token belongs to.</param>
/// <param name="Token">Always present: the widget replaces its token with this one.</param>
/// <param name="ExpiresIn">Seconds until <paramref name="Token"/> expires.</param>
/// <param name="StreamUrl">The WebSocket address; it carries the token, because the upgrade has no Authorization header.</param>
public sealed record ConversationResponse(
    string ConversationId,
    string Token,
    [property: JsonPropertyName("expires_in")] int ExpiresIn,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? StreamUrl);

/// <summary>The id given to a posted activity.</summary>
public sealed record ResourceIdResponse(string Id);

/// <summary>An activity set (<c>{"activities":[...],"watermark":"N"}</c>) written from activities kept as JSON.</summary>
public sealed class ActivitySetResult(ActivityPage page) : IResult
{
    public ActivityPage Page { get; } = page;

    public Task ExecuteAsync(HttpContext httpContext)
    {
        httpContext.Response.ContentType = "application/json; charset=utf-8";
        httpContext.Response.Headers.CacheControl = "no-store";
        return httpContext.Response.WriteAsync(ActivitySetJson.Frame(Page.Activities, Page.Watermark));
    }
}
