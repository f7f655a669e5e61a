using System.Net;
using System.Text.Json.Nodes;
using AllBot.Tests.TestDoubles;
using Xunit.Abstractions;

namespace AllBot.Tests.Hardening;

/// <summary>
/// Thousands of mutated activities on POST /api/messages, answered by the real bot and knowledge engine: never a
/// 5xx, and a normal question is still answered afterwards.
/// </summary>
public sealed class MessagesFuzzTests(ITestOutputHelper output) : IAsyncLifetime
{
    public const int Requests = 2500;

    private FakeConnector connector = null!;
    private BotApp app = null!;

    public async Task InitializeAsync()
    {
        connector = await FakeConnector.StartAsync();
        app = new BotApp();
    }

    public async Task DisposeAsync()
    {
        await app.DisposeAsync();
        await connector.DisposeAsync();
    }

    [Fact]
    public async Task Thousands_of_mutated_activities_never_get_a_server_error_and_the_bot_still_answers()
    {
        var seed = ActivityMutator.Seed;
        output.WriteLine($"seed {seed} (replay with ALLBOT_FUZZ_SEED={seed})");
        var mutator = new ActivityMutator(seed, [connector.ServiceUrl, "http://127.0.0.1:1/", "", "not a url",
            "file:///etc/passwd", "ftp://127.0.0.1/", "http://[::1]:1/", "javascript:alert(1)"]);
        var bodies = Enumerable.Range(0, Requests).Select(i => i % 10 == 9 ? mutator.Garbage() : mutator.Mutate(Base(mutator))).ToList();
        var client = app.CreateClient();
        var tally = new StatusTally();

        await Parallel.ForEachAsync(bodies, new ParallelOptions { MaxDegreeOfParallelism = 4 }, async (body, _) =>
        {
            using var response = await client.PostAsync("/api/messages", body.ToContent());
            tally.Add((int)response.StatusCode, body.Description);
        });

        output.WriteLine(tally.ToString());
        Assert.True(tally.ServerErrors.Count == 0, $"seed {seed}: " + string.Join("\n", tally.ServerErrors));
        Assert.Equal(Requests, tally.Total);
        await AssertStillAnswersAsync(client);
    }

    /// <summary>A plain question after the storm gets the explainer passage.</summary>
    private async Task AssertStillAnswersAsync(HttpClient client)
    {
        var message = Activities.EmulatorMessage(connector.ServiceUrl, "what is a lymphoblast?");
        message["deliveryMode"] = "expectReplies";
        using var response = await client.PostActivityAsync(message);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var activities = JsonNode.Parse(await response.Content.ReadAsStringAsync())!["activities"]!.AsArray();
        Assert.Contains(activities, a => ((string?)a!["text"])?.Contains("called a lymphoblast") == true);
    }

    /// <summary>The shapes channels really send, half of them asking for the replies in the response.</summary>
    private JsonObject Base(ActivityMutator mutator)
    {
        var url = connector.ServiceUrl;
        JsonObject activity = mutator.Random.Next(8) switch
        {
            0 => Activities.EmulatorConversationUpdate(url),
            1 => Activities.Teams("message", "personal", url),
            2 => Activities.TeamsMention("channel", url, "what is ALL?"),
            3 => Activities.Teams("installationUpdate", "groupChat", url),
            4 => Invoke(url, mutator.Pick(["adaptiveCard/action", "task/fetch", "composeExtension/query", "signin/verifyState", "healthCheck", "unknown/thing"])),
            _ => Activities.EmulatorMessage(url, mutator.Pick(["what is a lymphoblast?", "Can CAR-T treat solid tumors?", "hi", "I have a fever of 40"])),
        };
        if (mutator.Random.Next(2) == 0) activity["deliveryMode"] = "expectReplies";
        return activity;
    }

    public static JsonObject Invoke(string serviceUrl, string name)
    {
        var invoke = Activities.Teams("invoke", "personal", serviceUrl);
        invoke["name"] = name;
        invoke["value"] = new JsonObject { ["data"] = "x" };
        return invoke;
    }
}
