using AllBot.Channels;
using AllBot.Hosting;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Bot.Schema;

namespace AllBot.Bot;

/// <summary>
/// The Bot Framework adapter behind /api/messages: authenticates each activity, runs the tenant filter and the bot,
/// and owns turn errors (log without the message text, apologise briefly).
/// </summary>
public sealed class AdapterWithErrorHandler : CloudAdapter
{
    /// <summary>Said when no knowledge base (so no editors' wording) is loaded.</summary>
    public const string FallbackApology = "Sorry, something went wrong on my side. Please try again.";

    private readonly ILogger _logger;
    private readonly KnowledgeSource _knowledge;

    internal AdapterWithErrorHandler(
        BotFrameworkAuthentication authentication,
        TeamsTenantFilter tenantFilter,
        KnowledgeSource knowledge,
        ILogger<AdapterWithErrorHandler> logger)
        : base(authentication, logger)
    {
        _logger = logger;
        _knowledge = knowledge;
        Use(new TurnDeadline());
        Use(tenantFilter);
        OnTurnError = ApologiseAsync;
    }

    /// <summary>Authenticates <paramref name="activity"/> and runs one turn of <paramref name="bot"/>.</summary>
    /// <returns>The body to answer with (expectReplies, invoke), or null for a plain 200.</returns>
    /// <exception cref="UnauthorizedAccessException">The request is not authenticated; no turn was started.</exception>
    public Task<InvokeResponse?> ProcessAsync(string? authHeader, Activity activity, IBot bot, CancellationToken cancellationToken) =>
        ProcessActivityAsync(authHeader ?? string.Empty, activity, bot.OnTurnAsync, cancellationToken)!;

    private async Task ApologiseAsync(ITurnContext turnContext, Exception exception)
    {
        // Never the exception message or the activity text: both can carry what the person typed.
        _logger.LogError(
            "Turn failed with {ExceptionType} for activity {ActivityType} {ActivityId}",
            exception.GetType().FullName, turnContext.Activity?.Type, turnContext.Activity?.Id);

        if (turnContext.Activity?.Type != ActivityTypes.Message) return;
        try
        {
            // The editors' current wording (a failed turn may have failed before it held any), within what is left of
            // the turn's time: a channel that hung the reply would hang the apology too.
            await turnContext.SendActivityAsync(MessageFactory.Text(_knowledge.Wording?.Error ?? FallbackApology), TurnDeadline.Of(turnContext));
        }
        catch (Exception apologyFailure)
        {
            _logger.LogError("The apology could not be sent either: {ExceptionType}", apologyFailure.GetType().FullName);
        }
    }
}
