using AllBot.Knowledge.Content;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace AllBot.Bot;

/// <summary>
/// What happens when a turn fails, the same for every adapter (Bot Framework and the built-in Direct Line): the failure
/// is logged with the exception's type and the activity's type and id only, never a message (exception messages can
/// quote what the person typed), and a message gets the editors' brief apology, within what is left of the turn's time
/// (<see cref="TurnDeadline"/>). Other activities (a welcome, an invoke, a rating) get none: nobody asked anything.
/// </summary>
public sealed class TurnErrorHandler(BotWording wording, ILogger<TurnErrorHandler> logger)
{
    public async Task HandleAsync(ITurnContext turnContext, Exception exception)
    {
        logger.LogError(
            "Turn failed with {ExceptionType} for activity {ActivityType} {ActivityId}",
            exception.GetType().FullName, turnContext.Activity?.Type, turnContext.Activity?.Id);

        if (turnContext.Activity?.Type != ActivityTypes.Message) return;
        try
        {
            // A channel that hung the reply would hang the apology too: it gets only the turn's remaining time.
            await turnContext.SendActivityAsync(MessageFactory.Text(wording.Error), TurnDeadline.Of(turnContext));
        }
        catch (Exception apologyFailure)
        {
            logger.LogError("The apology could not be sent either: {ExceptionType}", apologyFailure.GetType().FullName);
        }
    }
}
