using AllBot.Channels;
using AllBot.Channels.Rendering;
using AllBot.Insights;
using AllBot.Knowledge.Answers;
using AllBot.Knowledge.Content;
using AllBot.Knowledge.Conversations;
using AllBot.Replies;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Teams;
using BotChannels = Microsoft.Bot.Connector.Channels;
using Microsoft.Bot.Schema;
using Microsoft.Bot.Schema.Teams;

namespace AllBot.Bot;

/// <summary>
/// The bot: answers every message with the knowledge engine, reading it after the conversation's previous message,
/// welcomes people, and counts what it answered and how answers were rated for the editors (<see cref="InsightRecorder"/>).
/// Each reply is planned once (<see cref="ReplyPlanner"/>) and rendered for the channel it goes to
/// (<see cref="ReplyRenderers"/>). It uses only the turn context, so any adapter can run it (the Bot Framework adapter,
/// the built-in Direct Line, <c>TestAdapter</c>).
/// </summary>
/// <remarks>
/// Welcome rule. Outside Teams: a conversationUpdate that adds anyone but the bot gets one welcome. In Teams: only
/// installationUpdate with action "add" welcomes (personal, group chat or team install). Teams also sends a
/// conversationUpdate for the same install, and one whenever a person joins a team, which would post the welcome to
/// the whole channel; those are ignored, so each install is welcomed once.
/// </remarks>
public sealed class AllBotActivityHandler(
    IAnswerer answerer, BotWording wording, ConversationMemory memory, InsightRecorder insights, RatedAnswers ratedAnswers)
    : TeamsActivityHandler
{
    private readonly ReplyPlanner _replies = new(wording);

    protected override async Task OnMessageActivityAsync(ITurnContext<IMessageActivity> turnContext, CancellationToken cancellationToken)
    {
        var question = IncomingText.Question(turnContext.Activity);
        if (question.Length == 0)
        {
            // Empty text, or attachments only: the engine answers text, so ask for a question.
            await SendAsync(turnContext, _replies.EmptyMessage(), cancellationToken);
            return;
        }

        // The previous message is kept for this conversation only, in memory, and never logged (ConversationMemory).
        var conversation = ConversationKey(turnContext);
        var answer = answerer.Answer(question, memory.Previous(conversation));
        memory.Remember(conversation, new PreviousTurn(question, answer));
        insights.Answered(ChannelNames.Of(turnContext.Activity), answer);
        // The typing indicator would come before the emergency reply, which must be first and only; and with
        // expectReplies every reply arrives in one HTTP response, so there is no wait for it to fill.
        if (answer.Kind != AnswerKind.Urgent && turnContext.Activity.DeliveryMode != DeliveryModes.ExpectReplies)
        {
            await turnContext.SendActivityAsync(new Activity(ActivityTypes.Typing), cancellationToken);
        }
        await SendAsync(turnContext, _replies.For(answer), cancellationToken);
    }

    protected override async Task OnMembersAddedAsync(IList<ChannelAccount> membersAdded, ITurnContext<IConversationUpdateActivity> turnContext, CancellationToken cancellationToken)
    {
        var botId = turnContext.Activity.Recipient?.Id;
        if (membersAdded.Any(member => member?.Id is not null && member.Id != botId))
        {
            await SendAsync(turnContext, _replies.Welcome(), cancellationToken);
        }
    }

    /// <summary>Teams: people joining never trigger the welcome (see the welcome rule), and no roster lookup is made.</summary>
    protected override Task OnTeamsMembersAddedDispatchAsync(IList<ChannelAccount> membersAdded, TeamInfo teamInfo, ITurnContext<IConversationUpdateActivity> turnContext, CancellationToken cancellationToken) =>
        Task.CompletedTask;

    protected override async Task OnInstallationUpdateAddAsync(ITurnContext<IInstallationUpdateActivity> turnContext, CancellationToken cancellationToken)
    {
        // "add-upgrade" also lands here: an app update is not a new install.
        if (turnContext.Activity.ChannelId == BotChannels.Msteams && turnContext.Activity.Action == "add")
        {
            await SendAsync(turnContext, _replies.Welcome(), cancellationToken);
        }
    }

    /// <summary>
    /// Invokes the bot does not handle (it offers no message extensions, task modules or card actions) are
    /// acknowledged with 200 and no body, like unknown activity types. The SDK answers them with 501, a server error
    /// for what is a client's request for a feature this bot does not have. An invoke whose value the SDK cannot
    /// read (it throws, for instance, on a task/fetch without a value) gets 400 instead of a failed turn, which the
    /// adapter would also answer with 501.
    /// </summary>
    protected override async Task<InvokeResponse> OnInvokeActivityAsync(ITurnContext<IInvokeActivity> turnContext, CancellationToken cancellationToken)
    {
        if (turnContext.Activity.Name == IncomingRating.TeamsInvoke)
        {
            // Teams wants 200 and no body (a body makes it show an error).
            Rate(turnContext, IncomingRating.FromTeams(turnContext.Activity));
            return new InvokeResponse { Status = (int)System.Net.HttpStatusCode.OK };
        }
        InvokeResponse? response;
        try
        {
            response = await base.OnInvokeActivityAsync(turnContext, cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // Only the SDK's own reading of the request runs here: the bot's one invoke of its own is handled above.
            return new InvokeResponse { Status = (int)System.Net.HttpStatusCode.BadRequest };
        }
        return response is null || response.Status == (int)System.Net.HttpStatusCode.NotImplemented
            ? new InvokeResponse { Status = (int)System.Net.HttpStatusCode.OK }
            : response;
    }

    /// <summary>Web Chat's like and dislike buttons post an event; no reply.</summary>
    protected override Task OnEventActivityAsync(ITurnContext<IEventActivity> turnContext, CancellationToken cancellationToken)
    {
        Rate(turnContext, IncomingRating.FromWebChat(turnContext.Activity));
        return Task.CompletedTask;
    }

    /// <summary>Counts a rating of an answer this bot gave in this conversation; a repeated rating counts once.</summary>
    private void Rate(ITurnContext turnContext, IncomingRating? rating)
    {
        if (rating is null || ratedAnswers.Rate(ConversationKey(turnContext), rating.Key, rating.Like) is not { } rated) return;
        if (rated.Before == rating.Like) return;
        insights.Rated(ChannelNames.Of(turnContext.Activity), rated.Answer, rating.Like, rated.Before, rating.Words);
    }

    /// <summary>Renders the plan for the channel and sends it; an answer that asks for a rating is remembered by its ids.</summary>
    private async Task SendAsync(ITurnContext turnContext, ReplyPlan plan, CancellationToken cancellationToken)
    {
        var reply = ReplyRenderers.For(turnContext.Activity).Render(plan);
        var sent = await turnContext.SendActivitiesAsync([.. reply.Activities], cancellationToken);
        if (reply.Rated is { } rated) ratedAnswers.Remember(ConversationKey(turnContext), rated, rated.Id, sent.FirstOrDefault()?.Id);
    }

    private static string ConversationKey(ITurnContext turnContext) =>
        $"{turnContext.Activity.ChannelId}|{turnContext.Activity.Conversation?.Id}";
}
