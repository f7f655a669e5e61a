using AllBot.Insights;
using AllBot.Insights.Report;
using AllBot.Knowledge.Answers;
using AllBot.Knowledge.Content;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace AllBot.Tests.TestDoubles;

/// <summary>
/// The real host through <see cref="WebApplicationFactory{Program}"/>, reading the repository's knowledge-base/.
/// With a <see cref="FakeAnswerer"/> the bot answers from canned answers and <see cref="Canned.Wording"/> instead.
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

    public LogRecorder Logs { get; } = new();

    /// <summary>This app's own insight store, in the temp folder (deleted with the app).</summary>
    public string InsightsPath { get; } = Path.Combine(Path.GetTempPath(), "allbot-tests", $"insights-{Guid.NewGuid():n}.db");

    public static string KnowledgeBasePath
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "AllBot.sln"))) return Path.Combine(dir.FullName, "knowledge-base");
            }
            throw new InvalidOperationException("AllBot.sln not found above " + AppContext.BaseDirectory);
        }
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(environment);
        builder.UseSetting("KnowledgeBase:Path", KnowledgeBasePath);
        builder.UseSetting("Insights:Path", InsightsPath);
        builder.UseSetting("Bot:ChannelRetry:BaseDelay", "00:00:00.010");
        builder.UseSetting("Bot:ChannelRetry:MaxDelay", "00:00:00.100");
        // In-process clients share one address; tests of the per-address limit lower it.
        builder.UseSetting("Bot:MessagesPerMinutePerClient", "100000");
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>()) builder.UseSetting(key, value);
        builder.ConfigureLogging(logging => logging.AddProvider(Logs).SetMinimumLevel(LogLevel.Trace));
        if (answerer is null) return;
        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<IAnswerer>(answerer);
            services.AddSingleton(Canned.Wording);
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
