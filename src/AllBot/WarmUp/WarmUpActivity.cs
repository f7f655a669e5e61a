using System.Text.Json.Nodes;

namespace AllBot.WarmUp;

/// <summary>
/// A message activity as a channel posts it to /api/messages, with <c>deliveryMode: expectReplies</c> so the replies
/// come back in the response and nothing is sent anywhere. Its channel is <see cref="ChannelId"/>, so traces tell it apart.
/// </summary>
internal static class WarmUpActivity
{
    public const string ChannelId = "warm-up";

    public static string Json(string question) => new JsonObject
    {
        ["type"] = "message",
        ["id"] = "warm-up",
        ["channelId"] = ChannelId,
        // Never called: expectReplies keeps the replies in the response.
        ["serviceUrl"] = "http://127.0.0.1:9/",
        ["from"] = new JsonObject { ["id"] = "warm-up", ["role"] = "user" },
        ["recipient"] = new JsonObject { ["id"] = "allbot", ["role"] = "bot" },
        ["conversation"] = new JsonObject { ["id"] = "warm-up" },
        ["locale"] = "en-GB",
        ["text"] = question,
        ["deliveryMode"] = "expectReplies",
    }.ToJsonString();
}
