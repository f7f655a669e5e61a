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
    /// Conversations kept at once. To make room for a new one, a conversation nobody opened (a token was issued, but
    /// no call used it within seconds) is ended first, then an opened one that has gone quiet (no request for
    /// <see cref="ActiveWindow"/> and no open stream). A conversation in use is never ended to make room: when every
    /// one is, a new visitor is refused (503, try again in a minute).
    /// </summary>
    [Range(1, 1_000_000)]
    public int MaxConversations { get; set; } = 1000;

    /// <summary>
    /// A conversation with a request in this window, or an open stream, is in use. Polling asks every second and an
    /// open stream is in use all along, so this only has to outlast a browser slowing down a hidden tab.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan ActiveWindow { get; set; } = TimeSpan.FromMinutes(2);

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

    /// <summary>Other requests with the conversation's token (start, polling, reconnect, refresh, stream) per minute.</summary>
    [Range(1, 100_000)]
    public int RequestsPerMinutePerConversation { get; set; } = 180;

    /// <summary>
    /// Every Direct Line request from one client address per minute, counted before the token is checked, so a client
    /// without a token (or with many) is limited by where it comes from. Room for a dozen visitors behind one address.
    /// </summary>
    [Range(1, 100_000_000)]
    public int RequestsPerMinutePerClient { get; set; } = 1200;

    /// <summary>WebSocket streams open at once on one conversation; the widget needs one (two while it reconnects).</summary>
    [Range(1, 100)]
    public int MaxStreamsPerConversation { get; set; } = 4;

    /// <summary>WebSocket streams open at once on this server (each holds a socket and some 20 KB).</summary>
    [Range(1, 1_000_000)]
    public int MaxStreams { get; set; } = 2000;

    /// <summary>
    /// Base64 key (at least 32 bytes) that signs tokens. Empty: a random key per process, so tokens end with a
    /// restart; set it when several instances share the load.
    /// </summary>
    public string? SigningKey { get; set; }
}
