using System.Net;
using System.Text.Json.Nodes;
using AllBot.Tests.Channels.DirectLine;
using AllBot.Tests.TestDoubles;
using Xunit.Abstractions;

namespace AllBot.Tests.Hardening;

/// <summary>
/// Thousands of odd calls on the web chat token endpoint and the built-in Direct Line (conversations, activities with
/// odd watermarks and mutated bodies, token refresh, the stream address), with the real bot and knowledge engine:
/// never a 5xx, and a normal chat still works afterwards.
/// </summary>
public sealed class DirectLineFuzzTests(ITestOutputHelper output) : IDisposable
{
    public const int Requests = 2500;

    /// <summary>Limits high enough that the fuzz meets the code behind them, not only 429.</summary>
    public static readonly IReadOnlyDictionary<string, string?> Unlimited = new Dictionary<string, string?>
    {
        ["WebChat:ConversationsPerMinutePerClient"] = "10000",
        ["DirectLine:MessagesPerMinutePerConversation"] = "10000",
        ["DirectLine:RequestsPerMinutePerConversation"] = "100000",
        ["DirectLine:RequestsPerMinutePerClient"] = "1000000",
        ["Bot:MessagesPerMinutePerClient"] = "1000000",
    };

    private static readonly string[] Watermarks =
    [
        "", "-", "0", "1", "-1", "2", "999999999", "9223372036854775807", "99999999999999999999", "1e10", "0x10", "abc",
        "%00", "１２", " 1", "1;2", "NaN", "-9223372036854775808",
    ];

    private static readonly string?[] Origins = [null, "http://localhost", "https://evil.example", "null", "garbage", "http://localhost:1"];

    private readonly BotApp app = new(Unlimited);

    [Fact]
    public async Task Thousands_of_odd_calls_never_get_a_server_error_and_a_chat_still_works()
    {
        var seed = ActivityMutator.Seed;
        output.WriteLine($"seed {seed} (replay with ALLBOT_FUZZ_SEED={seed})");
        var mutator = new ActivityMutator(seed, ["http://127.0.0.1:1/", "", "urn:x"]);
        using var client = new DirectLineTestClient(app.CreateClient());
        var sessions = new List<DirectLineTestClient.Session>();
        for (var i = 0; i < 4; i++) sessions.Add(await client.StartAsync());
        var requests = Enumerable.Range(0, Requests).Select(_ => NextRequest(mutator, sessions)).ToList();
        var tally = new StatusTally();
        var perTarget = new Dictionary<string, int>();

        await Parallel.ForEachAsync(requests, new ParallelOptions { MaxDegreeOfParallelism = 4 }, async (request, _) =>
        {
            using var response = await client.Http.SendAsync(request.Message);
            tally.Add((int)response.StatusCode, request.Description);
            lock (perTarget) perTarget[request.Target] = perTarget.GetValueOrDefault(request.Target) + 1;
        });

        output.WriteLine(tally.ToString());
        output.WriteLine(string.Join(", ", perTarget.OrderBy(t => t.Key).Select(t => $"{t.Key} x{t.Value}")));
        Assert.True(tally.ServerErrors.Count == 0, $"seed {seed}: " + string.Join("\n", tally.ServerErrors));
        Assert.Equal(Requests, tally.Total);
        await AssertAChatStillWorksAsync(client);
    }

    private static async Task AssertAChatStillWorksAsync(DirectLineTestClient client)
    {
        var session = await client.StartAsync();
        using var posted = await client.PostMessageAsync(session, "what is a lymphoblast?");
        Assert.Equal(HttpStatusCode.OK, posted.StatusCode);
        var (activities, _) = await client.GetActivitiesAsync(session);
        Assert.Contains(activities, a => ActivityJson.Text(a)?.Contains("called a lymphoblast") == true);
    }

    private sealed record FuzzRequest(string Target, HttpRequestMessage Message, string Description);

    private static FuzzRequest NextRequest(ActivityMutator mutator, List<DirectLineTestClient.Session> sessions)
    {
        var session = mutator.Pick(sessions);
        var other = mutator.Pick(sessions);
        var token = Token(mutator, session);
        var id = mutator.Random.Next(5) switch
        {
            0 => other.ConversationId,
            // Kestrel refuses %00 in a path before the app sees it; TestServer throws instead, so it is left out.
            1 => Uri.EscapeDataString(mutator.RandomText(mutator.Random.Next(1, 60)).Replace('\0', ' ')),
            2 => new string('a', 3000),
            _ => session.ConversationId,
        };
        var (target, method, path, body) = mutator.Random.Next(7) switch
        {
            0 => ("token", mutator.Pick([HttpMethod.Post, HttpMethod.Get, HttpMethod.Put]), "/api/webchat/token", mutator.Garbage()),
            1 => ("conversations", HttpMethod.Post, "/v3/directline/conversations", mutator.Garbage()),
            2 => ("reconnect", HttpMethod.Get, $"/v3/directline/conversations/{id}?watermark={Uri.EscapeDataString(mutator.Pick(Watermarks))}", null),
            3 => ("activities get", HttpMethod.Get, $"/v3/directline/conversations/{id}/activities?watermark={Uri.EscapeDataString(mutator.Pick(Watermarks))}", null),
            4 => ("tokens/refresh", HttpMethod.Post, "/v3/directline/tokens/refresh", mutator.Random.Next(2) == 0 ? null : mutator.Garbage()),
            5 => ("stream", HttpMethod.Get, $"/v3/directline/conversations/{id}/stream?t={Uri.EscapeDataString(token ?? "")}&watermark={Uri.EscapeDataString(mutator.Pick(Watermarks))}", null),
            _ => ("activities post", HttpMethod.Post, $"/v3/directline/conversations/{id}/activities", mutator.Random.Next(8) == 0 ? mutator.Garbage() : mutator.Mutate(Message(session))),
        };
        var message = new HttpRequestMessage(method, path);
        if (token is not null) message.Headers.TryAddWithoutValidation("Authorization", token.StartsWith("Bearer", StringComparison.Ordinal) ? token : "Bearer " + token);
        if (mutator.Pick(Origins) is { } origin) message.Headers.TryAddWithoutValidation("Origin", origin);
        if (body is not null) message.Content = body.ToContent();
        return new FuzzRequest(target, message, $"{method} {path[..Math.Min(path.Length, 120)]} {body?.Description}");
    }

    /// <summary>The session's own token mostly; otherwise another's, a damaged, empty, huge or missing one.</summary>
    private static string? Token(ActivityMutator mutator, DirectLineTestClient.Session session) => mutator.Random.Next(10) switch
    {
        0 => null,
        1 => "",
        2 => "Bearer",
        3 => session.Token[..^3] + "AAA",
        4 => new string('x', 10_000),
        5 => mutator.RandomText(40).Replace('\r', ' ').Replace('\n', ' '),
        6 => "a.b",
        _ => session.Token,
    };

    private static JsonObject Message(DirectLineTestClient.Session session) => new()
    {
        ["type"] = "message",
        ["text"] = "what is ALL?",
        ["from"] = new JsonObject { ["id"] = session.UserId, ["role"] = "user" },
        ["channelData"] = new JsonObject { ["clientActivityID"] = "c1" },
        ["attachments"] = new JsonArray(),
    };

    public void Dispose() => app.Dispose();
}
