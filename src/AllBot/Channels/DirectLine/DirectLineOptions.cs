using System.ComponentModel.DataAnnotations;

namespace AllBot.Channels.DirectLine;

/// <summary>
/// Configuration section <c>DirectLine</c>: limits of the built-in Direct Line channel. Every limit exists so that
/// memory and work stay bounded whoever calls the channel.
/// </summary>
public sealed class DirectLineOptions
{
    public const string Section = "DirectLine";

    /// <summary>How long a token is valid; the widget refreshes it every 15 minutes, so keep this above that.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "1.00:00:00")]
    public TimeSpan TokenLifetime { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>A conversation with no request for this long is forgotten (its activities are dropped).</summary>
    [Range(typeof(TimeSpan), "00:01:00", "1.00:00:00")]
    public TimeSpan ConversationIdleTimeout { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>How often idle conversations are looked for.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan SweepInterval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>
    /// Conversations kept at once. When a new one would pass the cap, the conversation idle for longest is ended
    /// (its page sees "ended" and can start again), so a new visitor is never turned away.
    /// </summary>
    [Range(1, 1_000_000)]
    public int MaxConversations { get; set; } = 1000;

    /// <summary>Activities kept per conversation; older ones are dropped (watermarks keep counting).</summary>
    [Range(1, 10_000)]
    public int MaxActivitiesPerConversation { get; set; } = 100;

    /// <summary>Activities returned by one GET of activities; the client asks again from the new watermark.</summary>
    [Range(1, 1000)]
    public int ActivitiesPerPage { get; set; } = 50;

    /// <summary>Largest activity a client may post, in bytes; larger ones get 413.</summary>
    [Range(256, 1_048_576)]
    public int MaxActivityBytes { get; set; } = 32 * 1024;

    /// <summary>Messages one conversation may post per minute; more get 429 with Retry-After.</summary>
    [Range(1, 10_000)]
    public int MessagesPerMinutePerConversation { get; set; } = 20;

    /// <summary>Other requests (polling, reconnect, refresh) per conversation or client per minute.</summary>
    [Range(1, 100_000)]
    public int RequestsPerMinutePerConversation { get; set; } = 180;

    /// <summary>
    /// Base64 key (at least 32 bytes) that signs tokens. Empty: a random key per process, so tokens end with a
    /// restart; set it when several instances share the load.
    /// </summary>
    public string? SigningKey { get; set; }
}
