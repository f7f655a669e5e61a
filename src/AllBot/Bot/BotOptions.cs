using System.ComponentModel.DataAnnotations;

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

    /// <summary>
    /// Without an app id: the service URLs (origins such as <c>https://bot-tunnel.example.org</c>) the bot may reply to,
    /// besides the channels' own hosts and, in Development, the Emulator on loopback. See <see cref="ServiceUrlAllowList"/>.
    /// </summary>
    public string[] AllowedServiceUrls { get; set; } = [];

    /// <summary>Without an app id: messages one client address may post per minute; more get 429 with Retry-After.</summary>
    [Range(1, 100_000_000)]
    public int MessagesPerMinutePerClient { get; set; } = 60;

    /// <summary>
    /// The longest one request to /api/messages is held: the bot's turn and, when it fails, the apology. A channel
    /// that stops answering costs this much and no more.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:10:00")]
    public TimeSpan TurnTimeout { get; set; } = TimeSpan.FromSeconds(30);
}
