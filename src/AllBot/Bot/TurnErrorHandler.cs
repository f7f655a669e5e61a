using AllBot.Hosting;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace AllBot.Bot;

/// <summary>
/// What happens when a turn fails, the same for every adapter (Bot Framework and the built-in Direct Line): the failure
/// is logged with the exception's type and the activity's type and id only, never a message (exception messages can
/// quote what the person typed), and a message gets the editors' brief apology, within what is left of the turn's time
/// (<see cref="TurnDeadline"/>). Other activities (a welcome, an invoke, a rating) get none: nobody asked anything.
/// </summary>
public sealed class TurnErrorHandler(KnowledgeSource knowledge, ILogger<TurnErrorHandler> logger)
{
    /// <summary>Said when no knowledge base (so no editors' wording) is loaded.</summary>
    public const string FallbackApology = "Sorry, something went wrong on my side. Please try again.";

    public async Task HandleAsync(ITurnContext turnContext, Exception exception)
    {
        logger.LogError(
            "Turn failed with {ExceptionType} for activity {ActivityType} {ActivityId}",
            exception.GetType().FullName, turnContext.Activity?.Type, turnContext.Activity?.Id);

        if (turnContext.Activity?.Type != ActivityTypes.Message) return;
        try
        {
            // The editors' current wording (a failed turn may have failed before it held any), within what is left of
            // the turn's time: a channel that hung the reply would hang the apology too.
            await turnContext.SendActivityAsync(MessageFactory.Text(knowledge.Wording?.Error ?? FallbackApology), TurnDeadline.Of(turnContext));
        }
        catch (Exception apologyFailure)
        {
            logger.LogError("The apology could not be sent either: {ExceptionType}", apologyFailure.GetType().FullName);
        }
    }
}
