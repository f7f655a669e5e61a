using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;

namespace AllBot.Tests.Channels.DirectLine;

/// <summary>Makes the Direct Line calls the Web Chat widget makes, with the headers it sends.</summary>
public sealed class DirectLineTestClient(HttpClient http) : IDisposable
{
    public HttpClient Http { get; } = http;

    /// <summary>What the page gets from POST /api/webchat/token.</summary>
    public async Task<Session> NewSessionAsync()
    {
        using var response = await Http.PostAsync("/api/webchat/token", null);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        return new Session((string)body["conversationId"]!, (string)body["token"]!, (string)body["userId"]!);
    }

    /// <summary>A session whose conversation has been started (POST /conversations), as the widget does first.</summary>
    public async Task<Session> StartAsync()
    {
        var session = await NewSessionAsync();
        using var response = await SendAsync(HttpMethod.Post, "/v3/directline/conversations", session.Token, """{"user":{"id":"ignored"}}""");
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return session;
    }

    public async Task<HttpResponseMessage> PostMessageAsync(Session session, string text, string clientActivityId = "client-1", string? conversationId = null) =>
        await SendAsync(HttpMethod.Post, $"/v3/directline/conversations/{conversationId ?? session.ConversationId}/activities", session.Token,
            new JsonObject
            {
                ["type"] = "message",
                ["text"] = text,
                ["textFormat"] = "plain",
                ["channelId"] = "webchat",
                ["from"] = new JsonObject { ["id"] = session.UserId, ["name"] = "", ["role"] = "user" },
                ["locale"] = "en-US",
                ["localTimestamp"] = "2026-01-01T10:00:00.000+01:00",
                ["attachments"] = new JsonArray(),
                ["channelData"] = new JsonObject { ["clientActivityID"] = clientActivityId, ["attachmentSizes"] = new JsonArray() },
            }.ToJsonString());

    /// <summary>GET activities after <paramref name="watermark"/>; asserts 200 and a string watermark.</summary>
    public async Task<(JsonArray Activities, string Watermark)> GetActivitiesAsync(Session session, string watermark = "")
    {
        using var response = await SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{session.ConversationId}/activities?watermark={watermark}", session.Token);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal(System.Text.Json.JsonValueKind.String, body["watermark"]!.GetValueKind());
        return (body["activities"]!.AsArray(), (string)body["watermark"]!);
    }

    public Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, string? token, string? json = null)
    {
        var request = new HttpRequestMessage(method, path);
        if (token is not null) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        request.Headers.Add("x-ms-bot-agent", "DirectLine/3.0 (directlinejs 0.15.5)");
        request.Headers.Add("X-Requested-With", "XMLHttpRequest");
        if (json is not null) request.Content = new StringContent(json, Encoding.UTF8, "application/json");
        return Http.SendAsync(request);
    }

    public void Dispose() => Http.Dispose();

    public sealed record Session(string ConversationId, string Token, string UserId);
}

/// <summary>Reading activities from JSON.</summary>
public static class ActivityJson
{
    public static string? Text(JsonNode? activity) => (string?)activity?["text"];

    public static string? Role(JsonNode? activity) => (string?)activity?["from"]?["role"];

    public static IEnumerable<string?> Texts(JsonArray activities) => activities.Select(Text);
}
