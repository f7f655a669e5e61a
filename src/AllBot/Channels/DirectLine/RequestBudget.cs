namespace AllBot.Channels.DirectLine;

/// <summary>
/// A number of permits per fixed one-minute window, kept in the conversation it limits: it costs nothing until the
/// conversation exists (the token was checked first) and ends with it.
/// </summary>
public sealed class RequestBudget(int permitsPerMinute)
{
    private static readonly TimeSpan Window = TimeSpan.FromMinutes(1);
    private readonly object gate = new();
    private DateTimeOffset windowStart = DateTimeOffset.MinValue;
    private int used;

    /// <summary>Takes a permit; when none is left, says how long until the window ends.</summary>
    public bool TryTake(DateTimeOffset now, out TimeSpan retryAfter)
    {
        lock (gate)
        {
            if (now >= windowStart + Window)
            {
                windowStart = now;
                used = 0;
            }
            retryAfter = windowStart + Window - now;
            if (used >= permitsPerMinute) return false;
            used++;
            return true;
        }
    }
}
