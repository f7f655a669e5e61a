using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace AllBot.Tests.TestDoubles;

/// <summary>Welcomes whoever joins, then answers each message with a typing indicator and "echo: text".</summary>
public sealed class EchoTestBot : ActivityHandler
{
    protected override async Task OnMembersAddedAsync(IList<ChannelAccount> membersAdded, ITurnContext<IConversationUpdateActivity> turnContext, CancellationToken cancellationToken)
    {
        foreach (var member in membersAdded.Where(m => m.Id != turnContext.Activity.Recipient.Id))
        {
            await turnContext.SendActivityAsync(MessageFactory.Text($"WELCOME {member.Id} on {turnContext.Activity.ChannelId}"), cancellationToken);
        }
    }

    protected override async Task OnMessageActivityAsync(ITurnContext<IMessageActivity> turnContext, CancellationToken cancellationToken)
    {
        if (turnContext.Activity.Text == "fail") throw new InvalidOperationException("The test bot was asked to fail.");
        await turnContext.SendActivityAsync(new Activity(ActivityTypes.Typing), cancellationToken);
        await turnContext.SendActivityAsync(MessageFactory.Text("echo: " + turnContext.Activity.Text), cancellationToken);
    }
}
