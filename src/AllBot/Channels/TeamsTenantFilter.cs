using AllBot.Bot;
using Microsoft.Bot.Builder;
using BotChannels = Microsoft.Bot.Connector.Channels;
using Microsoft.Bot.Schema.Teams;
using Microsoft.Extensions.Options;

namespace AllBot.Channels;

/// <summary>
/// With <c>Bot:AllowedTenantIds</c> set, Teams activities from any other tenant (or with no tenant) end here: no
/// turn, no reply. Other channels pass; an empty list lets every tenant through.
/// </summary>
internal sealed class TeamsTenantFilter(IOptions<BotOptions> options, ILogger<TeamsTenantFilter> logger) : Microsoft.Bot.Builder.IMiddleware
{
    private readonly HashSet<string> _allowed = new(
        options.Value.AllowedTenantIds.Where(id => !string.IsNullOrWhiteSpace(id)).Select(id => id.Trim()),
        StringComparer.OrdinalIgnoreCase);

    public Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default)
    {
        if (_allowed.Count == 0 || turnContext.Activity.ChannelId != BotChannels.Msteams || IsAllowed(turnContext))
        {
            return next(cancellationToken);
        }

        logger.LogWarning("Ignored a Teams {ActivityType} activity from a tenant that is not allowed", turnContext.Activity.Type);
        return Task.CompletedTask;
    }

    private bool IsAllowed(ITurnContext turnContext)
    {
        var tenantId = TenantId(turnContext);
        return tenantId is not null && _allowed.Contains(tenantId);
    }

    private static string? TenantId(ITurnContext turnContext)
    {
        try
        {
            return turnContext.Activity.GetChannelData<TeamsChannelData>()?.Tenant?.Id
                ?? turnContext.Activity.Conversation?.TenantId;
        }
        catch (Newtonsoft.Json.JsonException)
        {
            // Channel data that is not Teams-shaped has no tenant: the activity is not let through.
            return null;
        }
    }
}
