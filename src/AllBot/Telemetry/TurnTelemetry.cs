using System.Diagnostics;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace AllBot.Telemetry;

/// <summary>
/// Wraps the bot: one <c>allbot.turn</c> span per turn, tagged with the channel and the activity type (never the text,
/// the user, the conversation or the tenant).
/// </summary>
public sealed class TurnTelemetry(IBot inner) : IBot
{
    public async Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
    {
        var activity = turnContext.Activity;
        using var span = AllBotTelemetry.Source.StartActivity("allbot.turn");
        span?.SetTag("allbot.channel", activity.ChannelId);
        span?.SetTag("allbot.activity.type", activity.Type);
        try
        {
            await inner.OnTurnAsync(turnContext, cancellationToken);
        }
        catch (Exception e)
        {
            // The type only: an exception's message can quote what the person typed.
            span?.SetStatus(ActivityStatusCode.Error, e.GetType().FullName);
            throw;
        }
    }
}
