using System.Net;
using System.Text.Json.Nodes;

namespace AllBot.Tests.TestDoubles;

/// <summary>Asks the app over HTTP as a channel would, with <c>expectReplies</c>, and returns the texts of its replies.</summary>
public static class Ask
{
    public static async Task<string> RepliesAsync(HttpClient client, string question)
    {
        var message = Activities.EmulatorMessage("http://127.0.0.1:9/", question);
        message["deliveryMode"] = "expectReplies";
        using var response = await client.PostActivityAsync(message);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        return string.Join("\n", body["activities"]!.AsArray().Select(activity => (string?)activity!["text"]));
    }
}
