using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace AllBot.Tests.TestDoubles;

/// <summary>Activities as channels post them to /api/messages, written as JSON the way they arrive.</summary>
public static class Activities
{
    public static JsonObject EmulatorMessage(string serviceUrl, string text, string id = "m1") => new()
    {
        ["type"] = "message",
        ["id"] = id,
        ["channelId"] = "emulator",
        ["serviceUrl"] = serviceUrl,
        ["from"] = new JsonObject { ["id"] = "user-1", ["name"] = "User", ["role"] = "user" },
        ["recipient"] = new JsonObject { ["id"] = "bot-1", ["name"] = "AllBot", ["role"] = "bot" },
        ["conversation"] = new JsonObject { ["id"] = "emulator-convo-1" },
        ["text"] = text,
        ["locale"] = "en-GB",
    };

    public static JsonObject EmulatorConversationUpdate(string serviceUrl) => new()
    {
        ["type"] = "conversationUpdate",
        ["id"] = "cu1",
        ["channelId"] = "emulator",
        ["serviceUrl"] = serviceUrl,
        ["from"] = new JsonObject { ["id"] = "user-1", ["name"] = "User" },
        ["recipient"] = new JsonObject { ["id"] = "bot-1", ["name"] = "AllBot" },
        ["conversation"] = new JsonObject { ["id"] = "emulator-convo-1" },
        ["membersAdded"] = new JsonArray(
            new JsonObject { ["id"] = "bot-1", ["name"] = "AllBot" },
            new JsonObject { ["id"] = "user-1", ["name"] = "User" }),
    };

    /// <summary>A Teams activity in a personal chat, a group chat or a team channel, with tenant channel data.</summary>
    public static JsonObject Teams(string type, string conversationType, string serviceUrl, string tenantId = "tenant-a")
    {
        var channelData = new JsonObject { ["tenant"] = new JsonObject { ["id"] = tenantId } };
        var conversationId = conversationType switch
        {
            "channel" => "19:general@thread.tacv2;messageid=1700000000000",
            "groupChat" => "19:group-chat@thread.v2",
            _ => "a:1personal-chat-id",
        };
        if (conversationType == "channel")
        {
            channelData["team"] = new JsonObject { ["id"] = "19:team@thread.tacv2", ["name"] = "Ward 7" };
            channelData["channel"] = new JsonObject { ["id"] = "19:general@thread.tacv2", ["name"] = "General" };
        }
        return new JsonObject
        {
            ["type"] = type,
            ["id"] = "1700000000001",
            ["channelId"] = "msteams",
            ["serviceUrl"] = serviceUrl,
            ["from"] = new JsonObject { ["id"] = "29:user-id", ["name"] = "Pat Patient", ["aadObjectId"] = "aad-1" },
            ["recipient"] = new JsonObject { ["id"] = "28:" + BotApp.AppId, ["name"] = "AllBot" },
            ["conversation"] = new JsonObject
            {
                ["id"] = conversationId,
                ["conversationType"] = conversationType,
                ["tenantId"] = tenantId,
                ["isGroup"] = conversationType != "personal",
            },
            ["channelData"] = channelData,
        };
    }

    /// <summary>A Teams message that @mentions the bot, as group chats and channels send it.</summary>
    public static JsonObject TeamsMention(string conversationType, string serviceUrl, string question, string tenantId = "tenant-a")
    {
        var message = Teams("message", conversationType, serviceUrl, tenantId);
        message["text"] = "<at>AllBot</at> " + question;
        message["textFormat"] = "plain";
        message["entities"] = new JsonArray(new JsonObject
        {
            ["type"] = "mention",
            ["text"] = "<at>AllBot</at>",
            ["mentioned"] = new JsonObject { ["id"] = "28:" + BotApp.AppId, ["name"] = "AllBot" },
        });
        return message;
    }

    public static Task<HttpResponseMessage> PostActivityAsync(this HttpClient client, JsonNode activity, string? authorization = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages") { Content = JsonContent.Create(activity) };
        if (authorization is not null) request.Headers.TryAddWithoutValidation("Authorization", authorization);
        return client.SendAsync(request);
    }
}
