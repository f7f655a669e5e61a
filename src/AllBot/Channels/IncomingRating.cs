using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace AllBot.Channels;

/// <summary>
/// A thumbs up or down as a channel sends it, read into what it rates (<see cref="Key"/>: the rated message's id in
/// Teams, the answer's id from its like or dislike action in Web Chat), the reaction, and any words added (Teams).
/// Anything that is not such a rating, or is malformed, reads as null.
/// </summary>
public sealed record IncomingRating(string Key, bool Like, string? Words)
{
    /// <summary>Teams' invoke when a person submits feedback on a message with <c>channelData.feedbackLoop</c>.</summary>
    public const string TeamsInvoke = "message/submitAction";

    /// <summary>Web Chat's event when a person clicks a like or dislike action.</summary>
    public const string WebChatEvent = "webchat:activity-status/feedback";

    public const string LikeSuffix = "/like";
    public const string DislikeSuffix = "/dislike";

    /// <summary>
    /// Teams: <c>value: {"actionName":"feedback","actionValue":{"reaction":"like"|"dislike","feedback":"{\"feedbackText\":\"...\"}"}}</c>
    /// with <c>replyToId</c> naming the rated message.
    /// </summary>
    public static IncomingRating? FromTeams(IActivity activity)
    {
        if (activity is not IInvokeActivity { Name: TeamsInvoke } invoke || string.IsNullOrEmpty(activity.ReplyToId)) return null;
        if (Token(invoke.Value) is not JObject value || Text(value["actionName"]) != "feedback") return null;
        if (value["actionValue"] is not JObject action || Reaction(Text(action["reaction"])) is not { } like) return null;
        return new IncomingRating(activity.ReplyToId, like, FeedbackText(action["feedback"]));
    }

    /// <summary>Web Chat: an event whose first entity is the action clicked, <c>{"@type":"LikeAction","@id":"ID/like"}</c>.</summary>
    public static IncomingRating? FromWebChat(IActivity activity)
    {
        if (activity is not IEventActivity { Name: WebChatEvent } || activity.Entities is not [{ } entity, ..]) return null;
        var action = entity.Properties;
        var id = Text(action?["@id"]);
        var (like, suffix) = Text(action?["@type"]) switch
        {
            "LikeAction" => (true, LikeSuffix),
            "DislikeAction" => (false, DislikeSuffix),
            _ => (false, null),
        };
        if (suffix is null || id is null || !id.EndsWith(suffix, StringComparison.Ordinal)) return null;
        return new IncomingRating(id[..^suffix.Length], like, null);
    }

    private static bool? Reaction(string? reaction) => reaction switch
    {
        "like" => true,
        "dislike" => false,
        _ => null,
    };

    /// <summary>Teams sends the words as a JSON string inside the JSON (<c>{"feedbackText":"..."}</c>); an object is read too.</summary>
    private static string? FeedbackText(JToken? feedback)
    {
        try
        {
            var parsed = Text(feedback) is { } json ? JToken.Parse(json) : feedback;
            return parsed is JObject words ? Text(words["feedbackText"]) : null;
        }
        catch (Newtonsoft.Json.JsonException)
        {
            return null;
        }
    }

    /// <summary>A string value; null for anything else (a client may send an object where a string belongs).</summary>
    private static string? Text(JToken? token) => token is JValue { Type: JTokenType.String } value ? (string?)value : null;

    private static JToken? Token(object? value)
    {
        try
        {
            return value is null ? null : value as JToken ?? JToken.FromObject(value);
        }
        catch (Exception e) when (e is ArgumentException or Newtonsoft.Json.JsonException)
        {
            return null;
        }
    }
}
