using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using AllBot.Channels.DirectLine;
using AllBot.Tests.Channels.DirectLine;
using AllBot.Tests.TestDoubles;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace AllBot.Tests.Hardening;

/// <summary>Runs alone, after the parallel tests, so the memory it measures is its own.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class SoakCollection
{
    public const string Name = "Soak";
}

/// <summary>
/// Sustained mixed load with the real bot and engine: /api/messages with expectReplies, and web chat visitors (token,
/// start, post, poll), while an attacker on another address floods Direct Line with unauthenticated requests for new
/// conversation ids. 20 seconds after a 20-second warm-up in CI; ALLBOT_SOAK_SECONDS=180 for the full run (see
/// bench/README-soak.md).
/// </summary>
[Collection(SoakCollection.Name)]
public sealed class SoakTests(ITestOutputHelper output)
{
    private const int Workers = 4;
    private const int ConversationCap = 100;
    private static readonly TimeSpan Pace = TimeSpan.FromMilliseconds(25);

    private static readonly string[] Questions =
    [
        "what is a lymphoblast?", "Can CAR-T treat solid tumors?", "what is ALL?", "hi", "how do clinical trials work?",
        "I can't breathe", "what should I eat during treatment?", "thanks",
    ];

    /// <summary>
    /// A warm-up first, so the figures compared are the app's steady state, not its JIT and first allocations. Rate
    /// limits keep nothing per conversation outside the conversation (and nothing at all before a token is checked),
    /// so the heap levels off as soon as the conversation cap is reached.
    /// </summary>
    private static readonly TimeSpan WarmUp = TimeSpan.FromSeconds(20);

    private static TimeSpan Duration =>
        TimeSpan.FromSeconds(int.TryParse(Environment.GetEnvironmentVariable("ALLBOT_SOAK_SECONDS"), out var seconds) ? seconds : 20);

    [Fact]
    public async Task Mixed_load_has_no_errors_stable_memory_and_conversations_within_the_cap()
    {
        var settings = new Dictionary<string, string?>(DirectLineFuzzTests.Unlimited)
        {
            ["DirectLine:MaxConversations"] = ConversationCap.ToString(CultureInfo.InvariantCulture),
            // Each visitor leaves after three questions, some 40 a second: with the shortest active window, the chats
            // they left make room at this small cap.
            ["DirectLine:ActiveWindow"] = "00:00:01",
        };
        await using var app = new BotApp(settings);
        var store = app.Services.GetRequiredService<ConversationStore>();
        var warm = await RunAsync(app, WarmUp, store);
        // The test's log recorder keeps every entry; it is the test's memory, not the app's.
        app.Logs.Entries.Clear();
        var before = ProcessMemory.Measure();
        var soak = await RunAsync(app, Duration, store);
        var logEntries = app.Logs.Entries.Count;
        app.Logs.Entries.Clear();
        var after = ProcessMemory.Measure();

        output.WriteLine($"warm-up {WarmUp.TotalSeconds:0}s: {warm}");
        output.WriteLine($"soak {Duration.TotalSeconds:0}s: {soak}");
        output.WriteLine($"after warm-up: {before}; after soak: {after}; live conversations {store.Count} (cap {ConversationCap}); {logEntries} log entries");
        Assert.Equal(0, warm.Errors + soak.Errors);
        Assert.True(soak.FloodRequests > 1000, $"only {soak.FloodRequests} flood requests");
        Assert.Equal(0, warm.FloodServerErrors + soak.FloodServerErrors);
        Assert.True(soak.Requests > 500, $"only {soak.Requests} requests");
        Assert.True(soak.MaxConversations <= ConversationCap, $"{soak.MaxConversations} live conversations");
        Assert.True(after.WorkingSetBytes <= before.WorkingSetBytes * 1.10, $"working set grew from {before} to {after}");
        Assert.True(after.ManagedBytes <= before.ManagedBytes * 1.10, $"managed heap grew from {before} to {after}");
    }

    private sealed record Outcome(int Requests, int Errors, int MaxConversations, int FloodRequests, int FloodServerErrors, string ErrorKinds)
    {
        public override string ToString() =>
            $"{Requests} requests, {Errors} errors{(Errors > 0 ? $" ({ErrorKinds})" : "")}, at most {MaxConversations} live conversations; " +
            $"alongside, {FloodRequests} unauthenticated requests for new conversation ids, {FloodServerErrors} of them 5xx";
    }

    private static async Task<Outcome> RunAsync(BotApp app, TimeSpan duration, ConversationStore store)
    {
        var requests = 0;
        var errors = new System.Collections.Concurrent.ConcurrentDictionary<string, int>();
        var maxConversations = 0;
        var clock = Stopwatch.StartNew();
        var flood = FloodAsync(app, () => clock.Elapsed < duration);
        await Task.WhenAll(Enumerable.Range(0, Workers).Select(worker => Task.Run(async () =>
        {
            using var client = new DirectLineTestClient(app.CreateClient());
            for (var i = 0; clock.Elapsed < duration; i++)
            {
                var question = Questions[(i + worker) % Questions.Length];
                try
                {
                    var (sent, error) = i % 2 == 0 ? await AskBotFrameworkAsync(client.Http, question, worker, i) : await ChatOnWebAsync(client, question);
                    Interlocked.Add(ref requests, sent);
                    if (error is not null) errors.AddOrUpdate(error, 1, (_, n) => n + 1);
                }
                catch (Exception exception) when (exception is Xunit.Sdk.XunitException or HttpRequestException)
                {
                    errors.AddOrUpdate(exception.Message.ReplaceLineEndings(" "), 1, (_, n) => n + 1);
                }
                InterlockedMax(ref maxConversations, store.Count);
                // Paced like people, not a benchmark: all in-process clients share one address, and so one
                // new-chats-per-minute limit, which a tight loop would reach.
                await Task.Delay(Pace);
            }
        })));
        var (floodRequests, floodServerErrors) = await flood;
        return new Outcome(requests, errors.Values.Sum(), maxConversations, floodRequests, floodServerErrors,
            string.Join("; ", errors.Select(e => $"{e.Key} x{e.Value}")));
    }

    /// <summary>An attacker on another address, sending <see cref="UnauthenticatedRequests"/> back to back.</summary>
    private static Task<(int Requests, int ServerErrors)> FloodAsync(BotApp app, Func<bool> running) => Task.Run(async () =>
    {
        using var attacker = app.CreateClientFrom("203.0.113.66");
        var (requests, serverErrors) = (0, 0);
        for (var i = 0; running(); i++)
        {
            using var request = UnauthenticatedRequests.Next(i);
            using var response = await attacker.SendAsync(request);
            requests++;
            if ((int)response.StatusCode >= 500) serverErrors++;
        }
        return (requests, serverErrors);
    });

    /// <summary>One question on /api/messages with expectReplies: 200 and at least one message back.</summary>
    private static async Task<(int Requests, string? Error)> AskBotFrameworkAsync(HttpClient http, string question, int worker, int i)
    {
        var message = Activities.EmulatorMessage("http://127.0.0.1:1/", question, id: $"m{i}");
        message["conversation"]!["id"] = $"soak-{worker}";
        message["deliveryMode"] = "expectReplies";
        using var response = await http.PostActivityAsync(message);
        if (response.StatusCode != HttpStatusCode.OK) return (1, $"messages {(int)response.StatusCode}");
        var activities = JsonNode.Parse(await response.Content.ReadAsStringAsync())?["activities"]?.AsArray();
        return (1, activities?.Any(a => (string?)a?["type"] == "message") == true ? null : "messages: no answer");
    }

    /// <summary>A web chat visitor: token and start, then three questions, each followed by a poll that must show the answer.</summary>
    private static async Task<(int Requests, string? Error)> ChatOnWebAsync(DirectLineTestClient client, string question)
    {
        var session = await client.StartAsync();
        var requests = 2;
        var watermark = "";
        for (var i = 0; i < 3; i++)
        {
            using var posted = await client.PostMessageAsync(session, question, $"c{i}");
            requests++;
            if (posted.StatusCode != HttpStatusCode.OK) return (requests, $"post {(int)posted.StatusCode}");
            var (activities, next) = await client.GetActivitiesAsync(session, watermark);
            requests++;
            watermark = next;
            // The question echoed, then at least one message from the bot.
            if (!activities.Any(a => ActivityJson.Role(a) == "bot" && (string?)a?["type"] == "message")) return (requests, "poll: no answer");
        }
        return (requests, null);
    }

    private static void InterlockedMax(ref int target, int value)
    {
        int current;
        while (value > (current = Volatile.Read(ref target)) && Interlocked.CompareExchange(ref target, value, current) != current)
        {
        }
    }
}
