using Microsoft.Extensions.Compliance.Redaction;
using Microsoft.Extensions.Options;

namespace AllBot.Insights;

/// <summary>
/// Drains <see cref="InsightRecorder"/>'s queue into the <see cref="InsightStore"/> in batches, off the request path,
/// and deletes kept text past its days (at start and every hour; all of it at start when keeping text is off, so
/// turning the option off also removes what was kept). A store that cannot be written is logged (never with text) and
/// the bot goes on answering.
/// </summary>
public sealed class InsightWriter(
    InsightRecorder recorder, IOptions<InsightsOptions> options, IRedactorProvider redactors, TimeProvider time, ILogger<InsightWriter> logger)
    : BackgroundService
{
    private const int MaxBatch = 5000;

    /// <summary>
    /// After the first event of a quiet spell, the writer waits this long for more, so a busy bot writes one
    /// transaction of summed counts a few times a second rather than one per turn.
    /// </summary>
    private static readonly TimeSpan Gather = TimeSpan.FromMilliseconds(200);
    private static readonly TimeSpan RetentionInterval = TimeSpan.FromHours(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        // Turned off: no file is opened, and the recorder queues nothing.
        if (!settings.Enabled) return;
        var redactor = redactors.GetRedactor(FreeTextRedactor.FreeText);
        InsightStore store;
        try
        {
            store = InsightStore.OpenForWriting(settings.ResolvePath());
        }
        catch (Exception e) when (e is Microsoft.Data.Sqlite.SqliteException or IOException or UnauthorizedAccessException)
        {
            logger.LogError("The insight store {Path} cannot be opened ({ExceptionType}); nothing will be recorded",
                settings.ResolvePath(), e.GetType().Name);
            await DiscardAsync(stoppingToken);
            return;
        }

        using (store)
        {
            var nextRetention = DateTimeOffset.MinValue;
            var batch = new List<InsightEvent>(MaxBatch);
            var flushes = new List<FlushRequested>();
            using var stopping = stoppingToken.Register(recorder.Complete);
            while (await recorder.Queue.WaitToReadAsync(CancellationToken.None))
            {
                Drain(batch, flushes);
                if (flushes.Count == 0 && batch.Count < MaxBatch)
                {
                    await Task.Delay(Gather, time, CancellationToken.None);
                    Drain(batch, flushes);
                }
                if (time.GetUtcNow() >= nextRetention)
                {
                    DeleteOldText(store, settings);
                    nextRetention = time.GetUtcNow() + RetentionInterval;
                }
                Write(store, batch, redactor);
                foreach (var flush in flushes) flush.Written.TrySetResult();
                batch.Clear();
                flushes.Clear();
            }
        }
    }

    private void Drain(List<InsightEvent> batch, List<FlushRequested> flushes)
    {
        while (batch.Count < MaxBatch && recorder.Queue.TryRead(out var insight))
        {
            if (insight is FlushRequested flush) flushes.Add(flush);
            else batch.Add(insight);
        }
    }

    private void Write(InsightStore store, List<InsightEvent> batch, Microsoft.Extensions.Compliance.Redaction.Redactor redactor)
    {
        var dropped = recorder.TakeDropped();
        if (batch.Count == 0 && dropped == 0) return;
        try
        {
            store.Write(batch, dropped, DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime), text => redactor.Redact(text));
        }
        catch (Microsoft.Data.Sqlite.SqliteException e)
        {
            logger.LogError("{Count} insight events could not be written: SQLite error {Code}", batch.Count, e.SqliteErrorCode);
        }
    }

    private void DeleteOldText(InsightStore store, InsightsOptions settings)
    {
        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        var deleted = store.DeleteKeptText(settings.KeepUnansweredQuestions ? today.AddDays(-settings.KeepDays) : null);
        if (deleted > 0) logger.LogInformation("Deleted {Count} kept questions past their time", deleted);
    }

    /// <summary>With no store, queued events are read and forgotten, so flushes complete and the queue never fills.</summary>
    private async Task DiscardAsync(CancellationToken stoppingToken)
    {
        using var stopping = stoppingToken.Register(recorder.Complete);
        await foreach (var insight in recorder.Queue.ReadAllAsync(CancellationToken.None))
        {
            if (insight is FlushRequested flush) flush.Written.TrySetResult();
        }
    }
}
