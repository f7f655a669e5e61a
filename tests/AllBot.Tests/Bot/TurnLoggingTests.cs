using AllBot.Tests.TestDoubles;

namespace AllBot.Tests.Bot;

/// <summary>What people type is health information: it must not reach the logs, even when a turn fails.</summary>
public sealed class TurnLoggingTests
{
    private const string Secret = "zebra-quokka-7731 my daughter has a fever";

    [Fact]
    public async Task Message_text_never_appears_in_any_log_entry_even_when_the_turn_fails()
    {
        await using var connector = await FakeConnector.StartAsync();
        await using var app = new BotApp(answerer: new FakeAnswerer());
        var client = app.CreateClient();

        await client.PostActivityAsync(Activities.EmulatorConversationUpdate(connector.ServiceUrl));
        await client.PostActivityAsync(Activities.EmulatorMessage(connector.ServiceUrl, Secret, id: "ok-turn"));
        connector.FailNext(500);
        await client.PostActivityAsync(Activities.EmulatorMessage(connector.ServiceUrl, Secret, id: "failed-turn"));
        var teams = Activities.TeamsMention("channel", connector.ServiceUrl, Secret);
        await client.PostActivityAsync(teams);

        var logs = app.Logs.Entries.ToList();
        Assert.Contains(logs, entry => entry.Contains("ErrorResponseException") && entry.Contains("failed-turn"));
        Assert.Contains(logs, entry => entry.Contains("/v3/conversations/"));
        Assert.DoesNotContain(logs, entry => entry.Contains("zebra-quokka", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(logs, entry => entry.Contains("fever", StringComparison.OrdinalIgnoreCase));
    }
}
