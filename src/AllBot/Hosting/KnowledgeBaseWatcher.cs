using System.Threading.Channels;
using Microsoft.Extensions.Options;

namespace AllBot.Hosting;

/// <summary>
/// Publishes edits to the knowledge base while the bot runs (<c>KnowledgeBase:Watch</c>, on by default): any change
/// under the folder is read again once the folder has been quiet for <see cref="KnowledgeBaseSettings.ReloadDelay"/>,
/// then validated and swapped in by the <see cref="KnowledgePublisher"/>.
/// </summary>
public sealed class KnowledgeBaseWatcher(
    KnowledgePublisher publisher, IOptions<KnowledgeBaseSettings> settings, ILogger<KnowledgeBaseWatcher> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!settings.Value.Watch) return;
        var folder = settings.Value.ResolvePath();
        if (!Directory.Exists(folder))
        {
            logger.LogWarning("The knowledge-base folder {Path} does not exist, so it cannot be watched; restart AllBot once it does", folder);
            return;
        }

        // One pending signal is enough: however many files changed, the whole folder is read again.
        var changed = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });
        using var watcher = new FileSystemWatcher(folder)
        {
            IncludeSubdirectories = true,
            NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
        };
        void Signal(object sender, EventArgs e) => changed.Writer.TryWrite(true);
        watcher.Changed += Signal;
        watcher.Created += Signal;
        watcher.Deleted += Signal;
        watcher.Renamed += Signal;
        // A lost event (the watcher's buffer overflowed) is treated as a change: reading again is always safe.
        watcher.Error += Signal;
        watcher.EnableRaisingEvents = true;
        logger.LogDebug("Watching {Path}: saved changes are published without a restart", folder);
        // A save between the start-up load and now raised no event: read the folder again if it is not as it was read.
        if (publisher.LastRead is { } lastRead && FolderFingerprint.Of(folder) != lastRead) changed.Writer.TryWrite(true);

        try
        {
            while (await changed.Reader.WaitToReadAsync(stoppingToken))
            {
                // Wait until the folder is quiet, so an editor's save or a checkout of many files is read once, whole.
                do
                {
                    changed.Reader.TryRead(out _);
                    await Task.Delay(settings.Value.ReloadDelay, stoppingToken);
                }
                while (changed.Reader.TryRead(out _));
                publisher.TryPublish();
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The host is stopping.
        }
    }
}
