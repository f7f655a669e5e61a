using Microsoft.Bot.Builder;

namespace AllBot.Bot;

/// <summary>
/// Keeps the turn's cancellation token in the turn state. The adapter's error handler gets no token, and its apology
/// must stop at the same deadline as the turn (<see cref="BotOptions.TurnTimeout"/>), not start a new wait.
/// </summary>
internal sealed class TurnDeadline : Microsoft.Bot.Builder.IMiddleware
{
    private const string Key = "AllBot.TurnDeadline";

    public Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken)
    {
        turnContext.TurnState[Key] = cancellationToken;
        return next(cancellationToken);
    }

    /// <summary>The token of the turn <paramref name="turnContext"/> belongs to.</summary>
    public static CancellationToken Of(ITurnContext turnContext) =>
        turnContext.TurnState.TryGetValue(Key, out var value) && value is CancellationToken token ? token : CancellationToken.None;
}
