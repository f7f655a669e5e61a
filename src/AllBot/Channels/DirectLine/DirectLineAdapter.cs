using AllBot.Bot;
using AllBot.Telemetry;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace AllBot.Channels.DirectLine;

/// <summary>
/// Runs the bot's turns for the built-in Direct Line channel. The bot's replies are appended to the conversation
/// (where polling and streams pick them up); typing indicators go to open streams only.
/// </summary>
public sealed class DirectLineAdapter : BotAdapter
{
    /// <summary>The channel the bot sees, so it shapes replies for the Web Chat widget.</summary>
    public const string ChannelId = "webchat";

    public static readonly ChannelAccount BotAccount = new("allbot", "AllBot", RoleTypes.Bot);

    private readonly ConversationStore store;
    private readonly TimeProvider time;
    private readonly BotMetrics metrics;

    public DirectLineAdapter(ConversationStore store, TimeProvider time, TurnErrorHandler turnErrors, BotMetrics metrics)
    {
        this.store = store;
        this.time = time;
        this.metrics = metrics;
        Use(new TurnDeadline());
        OnTurnError = turnErrors.HandleAsync;
    }

    /// <summary>Runs the bot's welcome (a conversationUpdate adding the visitor), once per conversation.</summary>
    public async Task StartAsync(DirectLineConversation conversation, IBot bot, CancellationToken cancellationToken)
    {
        if (!conversation.TryStart()) return;
        metrics.DirectLineConversationStarted();
        var update = Activity.CreateConversationUpdateActivity();
        update.MembersAdded = [new ChannelAccount(conversation.UserId, role: RoleTypes.User)];
        Address((Activity)update, conversation);
        update.From = new ChannelAccount(conversation.UserId, role: RoleTypes.User);
        await RunAsync(conversation, (Activity)update, bot, cancellationToken);
    }

    /// <summary>
    /// Takes the visitor's activity: echoes it into the conversation (with an id and timestamp, so the widget marks it
    /// sent), then runs the bot's turn for messages and events.
    /// </summary>
    /// <returns>The id given to the visitor's activity.</returns>
    public async Task<string> ReceiveAsync(DirectLineConversation conversation, Activity activity, IBot bot, CancellationToken cancellationToken)
    {
        Address(activity, conversation);
        activity.From = new ChannelAccount(conversation.UserId, activity.From?.Name, RoleTypes.User);
        if (activity.Type == ActivityTypes.Typing)
        {
            conversation.Broadcast(ActivityJsonSettings.Serialize(Stamp(activity, conversation, null)));
            return activity.Id;
        }

        conversation.Append(sequence => ActivityJsonSettings.Serialize(Stamp(activity, conversation, sequence)));
        await RunAsync(conversation, activity, bot, cancellationToken);
        return activity.Id;
    }

    public override Task<ResourceResponse[]> SendActivitiesAsync(ITurnContext turnContext, Activity[] activities, CancellationToken cancellationToken)
    {
        var conversation = store.Find(turnContext.Activity.Conversation.Id);
        var responses = new List<ResourceResponse>();
        foreach (var activity in activities)
        {
            if (conversation is null || activity.Type is ActivityTypes.Trace or ActivityTypes.Delay)
            {
                responses.Add(new ResourceResponse());
                continue;
            }
            activity.From ??= BotAccount;
            activity.Recipient ??= new ChannelAccount(conversation.UserId, role: RoleTypes.User);
            if (activity.Type == ActivityTypes.Typing)
            {
                conversation.Broadcast(ActivityJsonSettings.Serialize(Stamp(activity, conversation, null)));
            }
            else
            {
                conversation.Append(sequence => ActivityJsonSettings.Serialize(Stamp(activity, conversation, sequence)));
            }
            responses.Add(new ResourceResponse(activity.Id));
        }
        return Task.FromResult(responses.ToArray());
    }

    public override Task<ResourceResponse> UpdateActivityAsync(ITurnContext turnContext, Activity activity, CancellationToken cancellationToken) =>
        throw new NotSupportedException("The Direct Line channel does not update sent activities.");

    public override Task DeleteActivityAsync(ITurnContext turnContext, ConversationReference reference, CancellationToken cancellationToken) =>
        throw new NotSupportedException("The Direct Line channel does not delete sent activities.");

    private async Task RunAsync(DirectLineConversation conversation, Activity activity, IBot bot, CancellationToken cancellationToken)
    {
        await conversation.TurnGate.WaitAsync(cancellationToken);
        try
        {
            using var context = new TurnContext(this, activity);
            await RunPipelineAsync(context, bot.OnTurnAsync, cancellationToken);
        }
        finally
        {
            conversation.TurnGate.Release();
        }
    }

    private static void Address(Activity activity, DirectLineConversation conversation)
    {
        activity.ChannelId = ChannelId;
        activity.Conversation = new ConversationAccount(id: conversation.Id);
        activity.Recipient = BotAccount;
        activity.ServiceUrl = "urn:allbot:directline";
    }

    private Activity Stamp(Activity activity, DirectLineConversation conversation, long? sequence)
    {
        activity.Id = sequence is { } number ? $"{conversation.Id}|{number:D7}" : $"{conversation.Id}|typing-{Guid.NewGuid():N}";
        activity.Timestamp = time.GetUtcNow();
        activity.ChannelId = ChannelId;
        activity.Conversation ??= new ConversationAccount(id: conversation.Id);
        return activity;
    }
}
