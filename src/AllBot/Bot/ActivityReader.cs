using AllBot.Hosting;
using Microsoft.Bot.Schema;
using Newtonsoft.Json;

namespace AllBot.Bot;

/// <summary>The outcome of reading a request body: an activity, or the 4xx status to refuse it with.</summary>
public sealed record ActivityRead(Activity? Activity, int Status, string? Problem)
{
    public static ActivityRead Ok(Activity activity) => new(activity, StatusCodes.Status200OK, null);

    public static ActivityRead Refused(int status, string problem) => new(null, status, problem);
}

/// <summary>
/// Reads the activity in a POST /api/messages body, stricter than the SDK: the body is capped at
/// <see cref="BotOptions.MaxRequestBodyBytes"/> (<see cref="CappedBody"/>), JSON nesting is capped
/// (<see cref="ActivityJsonSettings"/>), and an activity the adapter cannot reply to (no type, no absolute http(s)
/// serviceUrl, no conversation id) or with ids longer than any channel's is refused instead of failing mid-turn.
/// </summary>
public static class ActivityReader
{
    /// <summary>
    /// Longer than any channel's conversation id (Teams' are a few hundred characters). The bot keeps the previous
    /// message of each conversation under its channel and conversation ids, so without an app id these bound what
    /// an anonymous caller can make it keep.
    /// </summary>
    public const int MaxConversationIdLength = 1024;

    /// <summary>Channel ids are short names (<c>msteams</c>, <c>emulator</c>, <c>webchat</c>).</summary>
    public const int MaxChannelIdLength = 64;

    public static async Task<ActivityRead> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        await using var body = await CappedBody.ReadAsync(request, BotOptions.MaxRequestBodyBytes, cancellationToken);
        if (body is null) return TooLarge();

        Activity? activity;
        try
        {
            activity = ActivityJsonSettings.Read(body);
        }
        catch (JsonException)
        {
            return Malformed("The body is not a JSON activity.");
        }

        if (activity is null || string.IsNullOrWhiteSpace(activity.Type)) return Malformed("The activity has no type.");
        if (!Uri.TryCreate(activity.ServiceUrl, UriKind.Absolute, out var serviceUrl)
            || (serviceUrl.Scheme != Uri.UriSchemeHttps && serviceUrl.Scheme != Uri.UriSchemeHttp))
        {
            return Malformed("The activity has no absolute http(s) serviceUrl.");
        }
        if (string.IsNullOrWhiteSpace(activity.Conversation?.Id)) return Malformed("The activity has no conversation id.");
        if (activity.Conversation.Id.Length > MaxConversationIdLength) return Malformed("The conversation id is too long.");
        if (activity.ChannelId?.Length > MaxChannelIdLength) return Malformed("The channel id is too long.");
        return ActivityRead.Ok(activity);
    }

    private static ActivityRead TooLarge() => ActivityRead.Refused(
        StatusCodes.Status413PayloadTooLarge, $"The body is larger than {BotOptions.MaxRequestBodyBytes / 1024} KB.");

    private static ActivityRead Malformed(string problem) => ActivityRead.Refused(StatusCodes.Status400BadRequest, problem);
}
