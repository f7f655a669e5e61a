using System.Net;
using System.Text;
using AllBot.Tests.Channels.DirectLine;
using AllBot.Tests.TestDoubles;

namespace AllBot.Tests.Hardening;

/// <summary>
/// A unique sentence sent through every way in (Emulator, Teams personal and channel, expectReplies, a failing turn,
/// malformed bodies, the web chat token endpoint and Direct Line) with the real bot and engine: it reaches no log at any
/// level, no file, and no request leaves the machine.
/// </summary>
public sealed class PrivacyCanaryTests : IAsyncLifetime
{
    private readonly string canary = $"canary {Guid.NewGuid():n} my son has leukaemia and a fever";
    private readonly OutgoingRequestRecorder network = new();
    private FakeConnector connector = null!;
    private BotApp app = null!;

    public async Task InitializeAsync()
    {
        connector = await FakeConnector.StartAsync();
        app = new BotApp(DirectLineFuzzTests.Unlimited);
    }

    public async Task DisposeAsync()
    {
        await app.DisposeAsync();
        await connector.DisposeAsync();
        network.Dispose();
    }

    [Fact]
    public async Task The_canary_reaches_no_log_no_file_and_no_other_host()
    {
        var started = DateTime.UtcNow;
        var http = app.CreateClient();
        var url = connector.ServiceUrl;

        await http.PostActivityAsync(Activities.EmulatorConversationUpdate(url));
        await http.PostActivityAsync(Activities.EmulatorMessage(url, canary));
        var expectReplies = Activities.EmulatorMessage(url, canary);
        expectReplies["deliveryMode"] = "expectReplies";
        using var direct = await http.PostActivityAsync(expectReplies);
        await http.PostActivityAsync(Activities.TeamsMention("personal", url, canary));
        await http.PostActivityAsync(Activities.TeamsMention("channel", url, canary));
        connector.FailNext(500);
        await http.PostActivityAsync(Activities.EmulatorMessage(url, canary, id: "failing-turn"));
        await http.PostAsync("/api/messages", new StringContent($"{{\"type\":\"message\",\"text\":\"{canary}\"", Encoding.UTF8, "application/json"));
        await http.PostAsync("/api/webchat/token", new StringContent(canary));

        using var webChat = new DirectLineTestClient(app.CreateClient());
        var session = await webChat.StartAsync();
        using var posted = await webChat.PostMessageAsync(session, canary);
        await webChat.SendAsync(HttpMethod.Post, $"/v3/directline/conversations/{session.ConversationId}/activities", session.Token, $"{{\"text\":\"{canary}\"");
        var (activities, _) = await webChat.GetActivitiesAsync(session);

        // The canary really went through: the bot saw it and answered on each channel.
        Assert.Equal(HttpStatusCode.OK, direct.StatusCode);
        Assert.Equal(HttpStatusCode.OK, posted.StatusCode);
        Assert.Contains(canary, ActivityJson.Texts(activities));
        Assert.True(connector.Replies.Count(r => r.Type == "message") >= 4, "replies reached the connector");
        Assert.Contains(app.Logs.Entries, entry => entry.Contains("failing-turn", StringComparison.Ordinal));

        var logs = app.Logs.Entries.ToList();
        Assert.True(logs.Count > 50, $"only {logs.Count} log entries were recorded");
        Assert.DoesNotContain(logs, entry => entry.Contains("canary", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(logs, entry => entry.Contains("fever", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(FilesWrittenSince(started), file => ReadIfStillThere(file).Contains(canary, StringComparison.Ordinal));

        Assert.Contains(network.Requests, uri => uri.Port == new Uri(url).Port);
        Assert.True(network.NotLoopback.Count == 0, string.Join(", ", network.NotLoopback));
    }

    [Fact]
    public async Task A_token_sent_to_the_anonymous_bot_makes_no_request_to_another_host()
    {
        // A well-formed but unsigned JWT, as a client configured with an app id would send.
        using var response = await app.CreateClient().PostActivityAsync(Activities.EmulatorMessage(connector.ServiceUrl, canary), AllBot.Tests.Bot.BotAuthenticationTests.ForgedToken("https://api.botframework.com", "http://127.0.0.1:1/"));

        // Before the fix the SDK fetched https://login.botframework.com/v1/.well-known/openidconfiguration here.
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.True(network.NotLoopback.Count == 0, string.Join(", ", network.NotLoopback));
    }

    /// <summary>
    /// Files the app could have written: under its folder and the temp folder, changed since the test began, and not
    /// empty (an empty file holds no canary; sockets and pipes, such as the diagnostics socket of every .NET process
    /// another test starts, have no size and cannot be read as files).
    /// </summary>
    /// <summary>A file's text, or nothing when another process removed it between listing and reading.</summary>
    private static string ReadIfStillThere(string file)
    {
        try
        {
            return File.ReadAllText(file);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            return "";
        }
    }

    private static IEnumerable<string> FilesWrittenSince(DateTime started)
    {
        var options = new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true, AttributesToSkip = FileAttributes.ReparsePoint };
        return new[] { AppContext.BaseDirectory, Path.GetTempPath() }
            .SelectMany(folder => Directory.EnumerateFiles(folder, "*", options))
            .Where(file =>
            {
                var info = new FileInfo(file);
                return info.Exists && info.LastWriteTimeUtc >= started && info.Length is > 0 and < 10_000_000;
            })
            .ToList();
    }
}
