using Microsoft.Extensions.Options;

namespace AllBot.Channels.DirectLine;

/// <summary>
/// How many WebSocket streams are open on this server, against <see cref="DirectLineOptions.MaxStreams"/>. Each holds
/// a socket and a file descriptor; the per-conversation cap alone would still let many tokens open many each.
/// </summary>
public sealed class DirectLineStreamCap(IOptions<DirectLineOptions> options)
{
    private readonly int max = options.Value.MaxStreams;
    private int open;

    public int Open => Volatile.Read(ref open);

    /// <summary>Takes a place for a stream; false when all are taken. Every true must be matched by <see cref="Leave"/>.</summary>
    public bool TryEnter()
    {
        if (Interlocked.Increment(ref open) <= max) return true;
        Interlocked.Decrement(ref open);
        return false;
    }

    public void Leave() => Interlocked.Decrement(ref open);
}
