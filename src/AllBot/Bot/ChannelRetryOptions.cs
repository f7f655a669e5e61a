namespace AllBot.Bot;

/// <summary>
/// Configuration section <c>Bot:ChannelRetry</c>: how replies to the channel are retried when it answers
/// 429, 412, 502 or 504 (exponential backoff with jitter; a Retry-After header wins over the computed delay).
/// </summary>
public sealed class ChannelRetryOptions
{
    public const string Section = "Bot:ChannelRetry";

    /// <summary>Retries after the first attempt.</summary>
    public int MaxRetries { get; set; } = 4;

    /// <summary>The first backoff delay; each retry doubles it, with jitter.</summary>
    public TimeSpan BaseDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>No single wait is longer than this.</summary>
    public TimeSpan MaxDelay { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// One reply, all attempts and waits included, gives up after this. Half of <see cref="BotOptions.TurnTimeout"/>, so a
    /// reply that hangs leaves time for the apology.
    /// </summary>
    public TimeSpan TotalTimeout { get; set; } = TimeSpan.FromSeconds(15);
}
