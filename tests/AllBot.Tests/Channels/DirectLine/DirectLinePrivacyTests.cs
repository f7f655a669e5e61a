using AllBot.Tests.TestDoubles;

namespace AllBot.Tests.Channels.DirectLine;

public sealed class DirectLinePrivacyTests
{
    [Fact]
    public async Task What_the_visitor_types_is_never_logged_even_when_the_turn_fails()
    {
        using var app = BotApp.DirectLine();
        using var client = app.NewClient();
        var session = await client.StartAsync();

        (await client.PostMessageAsync(session, "my daughter has ALL and a fever of 39")).Dispose();
        (await client.PostMessageAsync(session, "fail", "c2")).Dispose();
        (await client.SendAsync(HttpMethod.Post, $"/v3/directline/conversations/{session.ConversationId}/activities", session.Token,
            """{"type":"message","text":"secret in broken json" """)).Dispose();

        Assert.NotEmpty(app.Logs.Entries);
        Assert.Contains(app.Logs.Entries, line => line.Contains("Turn failed with System.InvalidOperationException", StringComparison.Ordinal));
        Assert.DoesNotContain(app.Logs.Entries, line => line.Contains("fever", StringComparison.Ordinal));
        Assert.DoesNotContain(app.Logs.Entries, line => line.Contains("secret in broken json", StringComparison.Ordinal));
        Assert.DoesNotContain(app.Logs.Entries, line => line.Contains("asked to fail", StringComparison.Ordinal));
    }
}
