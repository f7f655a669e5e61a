using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace EchoBot;

/// <summary>Replies with the text it was sent, and nothing else.</summary>
public sealed class EchoActivityHandler : ActivityHandler
{
    protected override Task OnMessageActivityAsync(ITurnContext<IMessageActivity> turnContext, CancellationToken cancellationToken) =>
        turnContext.SendActivityAsync(MessageFactory.Text(turnContext.Activity.Text), cancellationToken);
}
