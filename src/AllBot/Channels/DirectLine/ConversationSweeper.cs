using Microsoft.Extensions.Options;

namespace AllBot.Channels.DirectLine;

/// <summary>Removes idle conversations on a timer, so memory is returned even when nobody creates new ones.</summary>
public sealed class ConversationSweeper(ConversationStore store, IOptions<DirectLineOptions> options, TimeProvider time,
    ILogger<ConversationSweeper> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.SweepInterval, time);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                var removed = store.RemoveIdle();
                if (removed > 0) logger.LogDebug("Removed {Count} idle Direct Line conversations; {Left} left", removed, store.Count);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The host is stopping (or never started): nothing left to sweep.
        }
    }
}
