using AllBot.Bot;
using AllBot.Insights;
using AllBot.Knowledge.Answers;
using AllBot.Knowledge.Conversations;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Adapters;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Options;

namespace AllBot.Tests.TestDoubles;

/// <summary>Runs the bot on a <see cref="TestAdapter"/> and collects what it sent in one turn.</summary>
public sealed class BotTurn
{
    public BotTurn(IAnswerer? answerer = null, ConversationReference? conversation = null, ConversationMemory? memory = null)
    {
        Answerer = answerer as FakeAnswerer ?? new FakeAnswerer();
        Insights = new InsightRecorder(Options.Create(new InsightsOptions()), TimeProvider.System);
        Bot = new AllBotActivityHandler(answerer ?? Answerer, Canned.Wording, memory ?? new ConversationMemory(TimeProvider.System),
            Insights, RatedAnswers);
        Adapter = new TestAdapter(conversation ?? new ConversationReference
        {
            ChannelId = "emulator",
            ServiceUrl = "https://test.invalid",
            User = new ChannelAccount("user1", "User"),
            Bot = new ChannelAccount("bot1", "AllBot"),
            Conversation = new ConversationAccount(id: "convo1"),
        });
    }

    public FakeAnswerer Answerer { get; }

    /// <summary>What the bot queued for the insight store; nothing writes it here, so tests read the queue.</summary>
    public InsightRecorder Insights { get; }

    public RatedAnswers RatedAnswers { get; } = new(TimeProvider.System);

    /// <summary>Everything queued for the insight store so far.</summary>
    public List<InsightEvent> Recorded()
    {
        var events = new List<InsightEvent>();
        while (Insights.Queue.TryRead(out var insight)) events.Add(insight);
        return events;
    }

    public IBot Bot { get; }

    public TestAdapter Adapter { get; }

    public static ConversationReference Teams(string conversationType) => new()
    {
        ChannelId = "msteams",
        ServiceUrl = "https://smba.test.invalid/emea/",
        User = new ChannelAccount("29:user", "Pat Patient", aadObjectId: "aad-user"),
        Bot = new ChannelAccount("28:bot-app-id", "AllBot"),
        Conversation = new ConversationAccount(
            isGroup: conversationType != "personal", conversationType: conversationType, id: "a:teams-convo", tenantId: "tenant-a"),
    };

    public Task<List<Activity>> SayAsync(string text) => SendAsync(MessageFactory.Text(text) as Activity ?? throw new InvalidOperationException());

    public async Task<List<Activity>> SendAsync(Activity activity)
    {
        await Adapter.ProcessActivityAsync(activity, Bot.OnTurnAsync);
        var replies = new List<Activity>();
        while (Adapter.ActiveQueue.Count > 0) replies.Add(Adapter.ActiveQueue.Dequeue());
        return replies;
    }

    public Task<List<Activity>> MembersAddedAsync(params ChannelAccount[] members) => SendAsync(new Activity
    {
        Type = ActivityTypes.ConversationUpdate,
        MembersAdded = members,
    });
}
