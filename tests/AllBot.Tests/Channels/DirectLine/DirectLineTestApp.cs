using AllBot.Channels.DirectLine;
using AllBot.Knowledge;
using AllBot.Knowledge.Answers;
using AllBot.Knowledge.Content;
using AllBot.Tests.Deploy;
using AllBot.Tests.TestDoubles;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;

namespace AllBot.Tests.Channels.DirectLine;

/// <summary>
/// The real app (Program) with a test bot and test wording, a clock the test moves, a log that keeps everything
/// written at any level, and the settings a test passes in. The channel does not use the knowledge engine; the
/// repository's knowledge base is loaded once for all tests, only so the host starts as it does in production.
/// </summary>
public sealed class DirectLineTestApp(params (string Key, string Value)[] settings) : WebApplicationFactory<Program>
{
    public TestClock Clock { get; } = new();

    public RecordingLoggerProvider Logs { get; } = new();

    public ConversationStore Conversations => Services.GetRequiredService<ConversationStore>();

    public DirectLineTokenService Tokens => Services.GetRequiredService<DirectLineTokenService>();

    /// <summary>A client for the Direct Line calls, as the widget makes them.</summary>
    public DirectLineTestClient NewClient() => new(CreateClient());

    /// <summary>A client whose requests come from <paramref name="address"/>, as another visitor's would.</summary>
    public DirectLineTestClient NewClientFrom(string address) => new(this.CreateClientFrom(address));

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        // Generous by default, so tests that do not test limits are not limited; each test may lower them.
        builder.UseSetting("WebChat:ConversationsPerMinutePerClient", "10000");
        builder.UseSetting("DirectLine:MessagesPerMinutePerConversation", "10000");
        builder.UseSetting("DirectLine:RequestsPerMinutePerConversation", "10000");
        builder.UseSetting("DirectLine:RequestsPerMinutePerClient", "100000");
        // The echo bot counts nothing; no test host shares a store file with another.
        builder.UseSetting("Insights:Enabled", "false");
        foreach (var (key, value) in settings) builder.UseSetting(key, value);
        builder.ConfigureLogging(logging => logging.SetMinimumLevel(LogLevel.Trace).AddProvider(Logs));
        builder.ConfigureTestServices(services =>
        {
            services.RemoveAll<KnowledgeEngine>();
            services.AddSingleton(SharedEngine.Value);
            services.RemoveAll<BotWording>();
            services.AddSingleton(TestWording.Value);
            services.RemoveAll<IAnswerer>();
            services.RemoveAll<IBot>();
            services.AddSingleton<IBot, EchoTestBot>();
            services.RemoveAll<TimeProvider>();
            services.AddSingleton<TimeProvider>(Clock);
        });
    }
}

/// <summary>The repository's knowledge base, loaded once; registered as an instance, so no test host disposes it.</summary>
internal static class SharedEngine
{
    private static readonly Lazy<KnowledgeEngine> Engine = new(() => KnowledgeEngine.Load(new KnowledgeOptions(RepoRoot.Combine("knowledge-base"), null)));

    public static KnowledgeEngine Value => Engine.Value;
}

/// <summary>A clock that stands still until the test moves it.</summary>
public sealed class TestClock : TimeProvider
{
    private long ticks = new DateTimeOffset(2026, 1, 1, 9, 0, 0, TimeSpan.Zero).UtcTicks;

    public override DateTimeOffset GetUtcNow() => new(Interlocked.Read(ref ticks), TimeSpan.Zero);

    public void Advance(TimeSpan by) => Interlocked.Add(ref ticks, by.Ticks);
}

/// <summary>Wording whose parts say what they are, so assertions can find them.</summary>
public static class TestWording
{
    public static readonly BotWording Value = new()
    {
        BotName = "Test Bot Name",
        Welcome = "WELCOME",
        Disclaimer = "This is general information, not **medical** advice.",
        ExampleQuestions = [],
        Topics = [],
        NoAnswer = "NO-ANSWER",
        Urgent = "URGENT",
        CallTeamNow = "CALL-TEAM-NOW",
        CallTeamToday = "CALL-TEAM-TODAY",
        SelfHarm = "SELF-HARM",
        SafetyNet = "SAFETY-NET",
        EmptyMessage = "EMPTY",
        DidYouMean = "DID-YOU-MEAN",
        Clarify = "CLARIFY",
        NoneOfThese = "NONE-OF-THESE",
        VideosIntro = "VIDEOS",
        Error = "ERROR",
        Greeting = "GREETING",
        Thanks = "THANKS",
        Help = "HELP",
        WhoAreYou = "WHO",
        Goodbye = "GOODBYE",
        FollowUps = "FOLLOW-UPS",
    };
}
