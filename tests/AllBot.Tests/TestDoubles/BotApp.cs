using AllBot.Insights;
using AllBot.Insights.Report;
using AllBot.Channels.DirectLine;
using AllBot.Hosting;
using AllBot.Knowledge.Answers;
using AllBot.Testing;
using AllBot.Tests.Channels.DirectLine;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;

namespace AllBot.Tests.TestDoubles;

/// <summary>
/// The real host (Program) through <see cref="WebApplicationFactory{Program}"/>, the one way tests start it: the
/// repository's knowledge base, a log that keeps everything (<see cref="Logs"/>), no start-up warm-up and no watching of
/// the folder unless a test's settings turn them on, then the test's settings. A <see cref="FakeAnswerer"/> answers
/// instead of the engine, a <see cref="Bot"/> replaces AllBot's, and <see cref="UsesTestClock"/> puts <see cref="Clock"/>
/// in place of the system clock; with either replacement the wording is <see cref="Canned.Wording"/>.
/// </summary>
public sealed class BotApp(
    IReadOnlyDictionary<string, string?>? settings = null,
    FakeAnswerer? answerer = null,
    string environment = "Development") : WebApplicationFactory<Program>
{
    public const string AppId = "00000000-0000-0000-0000-00000000b07a";

    /// <summary>Auth on, and the signing keys unreachable (loopback port 1): the SDK cannot fetch them.</summary>
    public static readonly IReadOnlyDictionary<string, string?> WithAppId = new Dictionary<string, string?>
    {
        ["MicrosoftAppType"] = "MultiTenant",
        ["MicrosoftAppId"] = AppId,
        ["MicrosoftAppPassword"] = "not-a-real-secret",
        ["ToBotFromChannelOpenIdMetadataUrl"] = "https://127.0.0.1:1/v1/.well-known/openidconfiguration",
        ["ToBotFromEmulatorOpenIdMetadataUrl"] = "https://127.0.0.1:1/v2.0/.well-known/openid-configuration",
    };

    public static string KnowledgeBasePath => RepositoryRoot.Combine("knowledge-base");

    /// <summary>
    /// The Direct Line tests' app: the echo bot (so the channel is tested, not the answers), a clock the test moves, and
    /// limits generous enough that only a test that lowers one meets it.
    /// </summary>
    public static BotApp DirectLine(params (string Key, string Value)[] settings)
    {
        var all = new Dictionary<string, string?>
        {
            ["WebChat:ConversationsPerMinutePerClient"] = "10000",
            ["DirectLine:MessagesPerMinutePerConversation"] = "10000",
            ["DirectLine:RequestsPerMinutePerConversation"] = "10000",
            ["DirectLine:RequestsPerMinutePerClient"] = "100000",
        };
        foreach (var (key, value) in settings) all[key] = value;
        return new BotApp(all) { Bot = new EchoTestBot(), UsesTestClock = true };
    }

    /// <summary>A bot that replaces AllBot's for every adapter.</summary>
    public IBot? Bot { get; init; }

    public bool UsesTestClock { get; init; }

    /// <summary>More services for this test (after the app's own, so they win).</summary>
    public Action<IServiceCollection>? TestServices { get; init; }

    public TestClock Clock { get; } = new();

    public LogRecorder Logs { get; } = new();

    /// <summary>This app's own insight store, in the temp folder (deleted with the app).</summary>
    public string InsightsPath { get; } = Path.Combine(Path.GetTempPath(), "allbot-tests", $"insights-{Guid.NewGuid():n}.db");

    public ConversationStore Conversations => Services.GetRequiredService<ConversationStore>();

    public DirectLineTokenService Tokens => Services.GetRequiredService<DirectLineTokenService>();

    /// <summary>A client for the Direct Line calls, as the widget makes them.</summary>
    public DirectLineTestClient NewClient() => new(CreateClient());

    /// <summary>A client whose requests come from <paramref name="address"/>, as another visitor's would.</summary>
    public DirectLineTestClient NewClientFrom(string address) => new(this.CreateClientFrom(address));

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(environment);
        builder.UseSetting("KnowledgeBase:Path", KnowledgeBasePath);
        builder.UseSetting("Insights:Path", InsightsPath);
        // Every host would otherwise spend seconds warming up and watch the repository's own folder.
        builder.UseSetting("KnowledgeBase:Watch", "false");
        builder.UseSetting("WarmUp:Enabled", "false");
        builder.UseSetting("Bot:ChannelRetry:BaseDelay", "00:00:00.010");
        builder.UseSetting("Bot:ChannelRetry:MaxDelay", "00:00:00.100");
        // In-process clients share one address; tests of the per-address limit lower it.
        builder.UseSetting("Bot:MessagesPerMinutePerClient", "100000");
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>()) builder.UseSetting(key, value);
        builder.ConfigureLogging(logging => logging.AddProvider(Logs).SetMinimumLevel(LogLevel.Trace));
        builder.ConfigureTestServices(services =>
        {
            if (answerer is not null || Bot is not null) services.AddSingleton(_ => CannedKnowledge.NewSource());
            if (answerer is not null) services.AddSingleton<IAnswerer>(answerer);
            if (Bot is not null)
            {
                services.RemoveAll<IBot>();
                services.AddSingleton(Bot);
            }
            if (UsesTestClock)
            {
                services.RemoveAll<TimeProvider>();
                services.AddSingleton<TimeProvider>(Clock);
            }
            TestServices?.Invoke(services);
        });
    }

    /// <summary>What the app's insight store holds for yesterday to tomorrow, once everything queued is written.</summary>
    public async Task<InsightSummary> InsightsAsync()
    {
        await Services.GetRequiredService<InsightRecorder>().FlushAsync();
        using var store = InsightStore.OpenForReading(InsightsPath);
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        return InsightSummary.Read(store, today.AddDays(-1), today.AddDays(1));
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        var folder = Path.GetDirectoryName(InsightsPath)!;
        if (!Directory.Exists(folder)) return;
        foreach (var file in Directory.EnumerateFiles(folder, Path.GetFileName(InsightsPath) + "*")) File.Delete(file);
    }
}
