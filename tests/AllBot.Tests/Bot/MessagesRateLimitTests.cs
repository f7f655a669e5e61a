using System.Net;
using AllBot.Tests.TestDoubles;

namespace AllBot.Tests.Bot;

/// <summary>Without an app id, anyone can post to /api/messages: each client address gets a number of messages a minute.</summary>
public sealed class MessagesRateLimitTests
{
    [Fact]
    public async Task In_anonymous_mode_one_client_address_gets_429_after_its_messages_per_minute()
    {
        await using var app = new BotApp(new Dictionary<string, string?> { ["Bot:MessagesPerMinutePerClient"] = "5" }, new FakeAnswerer());
        using var flooder = app.CreateClientFrom("203.0.113.5");
        using var neighbour = app.CreateClientFrom("198.51.100.5");

        var statuses = await PostAsync(flooder, 8);
        using var refused = await flooder.PostActivityAsync(ExpectReplies("m9"));
        using var other = await neighbour.PostActivityAsync(ExpectReplies("n1"));

        Assert.Equal([.. Enumerable.Repeat(HttpStatusCode.OK, 5), .. Enumerable.Repeat(HttpStatusCode.TooManyRequests, 3)], statuses);
        Assert.InRange(int.Parse(Assert.Single(refused.Headers.GetValues("Retry-After"))), 1, 60);
        Assert.Equal(HttpStatusCode.OK, other.StatusCode);
    }

    [Fact]
    public async Task With_an_app_id_requests_are_authenticated_not_counted_per_address()
    {
        var settings = new Dictionary<string, string?>(BotApp.WithAppId) { ["Bot:MessagesPerMinutePerClient"] = "2" };
        await using var app = new BotApp(settings, new FakeAnswerer());
        using var client = app.CreateClientFrom("203.0.113.5");

        var statuses = await PostAsync(client, 5);

        Assert.All(statuses, status => Assert.Equal(HttpStatusCode.Unauthorized, status));
    }

    private static async Task<List<HttpStatusCode>> PostAsync(HttpClient client, int messages)
    {
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < messages; i++)
        {
            using var response = await client.PostActivityAsync(ExpectReplies($"m{i}"));
            statuses.Add(response.StatusCode);
        }
        return statuses;
    }

    private static System.Text.Json.Nodes.JsonObject ExpectReplies(string id)
    {
        var message = Activities.EmulatorMessage("http://127.0.0.1:1/", "hello", id);
        message["deliveryMode"] = "expectReplies";
        return message;
    }
}
