namespace AllBot.Bot;

/// <summary>Configuration section <c>Bot</c>: how /api/messages is protected and shaped.</summary>
public sealed class BotOptions
{
    public const string Section = "Bot";

    /// <summary>The largest request body /api/messages reads (256 KB); anything larger gets 413.</summary>
    public const int MaxRequestBodyBytes = 256 * 1024;

    /// <summary>
    /// Accept unauthenticated traffic outside Development (no MicrosoftAppId). Off by default: an empty app id turns
    /// Bot Framework authentication off, so anyone could post to the bot.
    /// </summary>
    public bool AllowAnonymous { get; set; }

    /// <summary>Teams tenants the bot answers; empty means every tenant. Other channels are not affected.</summary>
    public List<string> AllowedTenantIds { get; set; } = [];
}
