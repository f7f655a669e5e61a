using System.Threading.Channels;
using AllBot.Knowledge.Answers;
using AllBot.Knowledge.Evaluation;
using AllBot.Replies;
using Microsoft.Extensions.Options;

namespace AllBot.Insights;

/// <summary>
/// What a turn tells the insight store, queued for <see cref="InsightWriter"/> and never written on the request path.
/// The queue is bounded: when it is full an event is dropped and counted (<see cref="Dropped"/>, written to the store
/// as such), so a slow disk never slows a turn. Text is queued only with
/// <see cref="InsightsOptions.KeepUnansweredQuestions"/>.
/// </summary>
public sealed class InsightRecorder
{
    private readonly Channel<InsightEvent> queue;
    private readonly TimeProvider time;
    private readonly bool enabled;
    private readonly bool keepText;
    private long dropped;

    public InsightRecorder(IOptions<InsightsOptions> options, TimeProvider time)
    {
        var settings = options.Value;
        enabled = settings.Enabled;
        keepText = settings.Enabled && settings.KeepUnansweredQuestions;
        this.time = time;
        queue = Channel.CreateBounded<InsightEvent>(new BoundedChannelOptions(settings.QueueCapacity)
        {
            SingleReader = true,
            FullMode = BoundedChannelFullMode.Wait,
        });
    }

    /// <summary>Events dropped because the queue was full and not yet written to the store.</summary>
    public long Dropped => Interlocked.Read(ref dropped);

    internal ChannelReader<InsightEvent> Queue => queue.Reader;

    /// <summary>
    /// Counts the turn's outcome and what it showed; keeps the question only if it got no answer and text is kept. A
    /// null <paramref name="channel"/> (<see cref="ChannelNames.Of"/>) is not counted.
    /// </summary>
    public void Answered(string? channel, Answer answer)
    {
        if (!enabled || channel is null) return;
        var day = Today();
        var shown = answer.Kind == AnswerKind.Answer;
        Enqueue(new TurnRecorded(day, channel, EvalReport.KindName(answer.Kind),
            shown ? answer.Passages.Select(p => p.Id).ToList() : [], shown ? answer.Videos.Select(v => v.Id).ToList() : []));
        if (keepText && answer.Kind == AnswerKind.NoAnswer) Enqueue(new TextKept(day, channel, TextKept.Unanswered, answer.Question));
    }

    /// <summary>Counts a rating of <paramref name="rated"/>; keeps the words added to it only if text is kept.</summary>
    public void Rated(string? channel, RatedAnswer rated, bool like, bool? replaces, string? words)
    {
        if (!enabled || channel is null) return;
        var day = Today();
        Enqueue(new RatingRecorded(day, channel, rated.PassageIds, rated.ProgramIds, like, replaces));
        if (keepText && !string.IsNullOrWhiteSpace(words)) Enqueue(new TextKept(day, channel, TextKept.Feedback, words.Trim()));
    }

    /// <summary>Waits until everything queued so far is written.</summary>
    public async Task FlushAsync(CancellationToken cancellationToken = default)
    {
        if (!enabled) return;
        var flush = new FlushRequested(new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
        await queue.Writer.WriteAsync(flush, cancellationToken);
        await flush.Written.Task.WaitAsync(cancellationToken);
    }

    /// <summary>Takes the count of dropped events, for the writer to store.</summary>
    internal long TakeDropped() => Interlocked.Exchange(ref dropped, 0);

    /// <summary>No more events: the writer drains what is queued and stops.</summary>
    internal void Complete() => queue.Writer.TryComplete();

    private void Enqueue(InsightEvent insight)
    {
        if (!queue.Writer.TryWrite(insight)) Interlocked.Increment(ref dropped);
    }

    private DateOnly Today() => DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
}
