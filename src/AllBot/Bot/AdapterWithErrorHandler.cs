using AllBot.Channels;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Bot.Schema;

namespace AllBot.Bot;

/// <summary>
/// The Bot Framework adapter behind /api/messages: authenticates each activity, runs the tenant filter and the bot;
/// a failed turn goes to the <see cref="TurnErrorHandler"/> every adapter shares.
/// </summary>
public sealed class AdapterWithErrorHandler : CloudAdapter
{
    internal AdapterWithErrorHandler(
        BotFrameworkAuthentication authentication,
        TeamsTenantFilter tenantFilter,
        TurnErrorHandler turnErrors,
        ILogger<AdapterWithErrorHandler> logger)
        : base(authentication, logger)
    {
        Use(new TurnDeadline());
        Use(tenantFilter);
        OnTurnError = turnErrors.HandleAsync;
    }

    /// <summary>Authenticates <paramref name="activity"/> and runs one turn of <paramref name="bot"/>.</summary>
    /// <returns>The body to answer with (expectReplies, invoke), or null for a plain 200.</returns>
    /// <exception cref="UnauthorizedAccessException">The request is not authenticated; no turn was started.</exception>
    public Task<InvokeResponse?> ProcessAsync(string? authHeader, Activity activity, IBot bot, CancellationToken cancellationToken) =>
        ProcessActivityAsync(authHeader ?? string.Empty, activity, bot.OnTurnAsync, cancellationToken)!;
}
