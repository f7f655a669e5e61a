using System.Diagnostics.Metrics;
using AllBot.Channels.DirectLine;
using AllBot.Knowledge.Answers;
using AllBot.Knowledge.Evaluation;

namespace AllBot.Telemetry;

/// <summary>
/// AllBot's metrics (Meter <c>AllBot</c>): answers by kind and their latency, urgent replies, the share of no-answers,
/// Direct Line conversations and rate-limit refusals. Counted from the moment the start-up warm-up is over, so its own
/// questions never count.
/// </summary>
public sealed class BotMetrics
{
    // The no-answer ratio is over the latest answers: a share since start-up would hide a recent change.
    private const int RatioWindow = 1000;

    // Answers take from microseconds (urgent, small talk) to a few milliseconds (a 10,000-passage search).
    private static readonly IReadOnlyList<double> LatencyBuckets =
        [0.00005, 0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 1];

    private readonly Counter<long> answers;
    private readonly Counter<long> urgentReplies;
    private readonly Histogram<double> answerDuration;
    private readonly Counter<long> conversationsStarted;
    private readonly Counter<long> rateLimitRefusals;
    private readonly Lock windowGate = new();
    private readonly bool[] window = new bool[RatioWindow];
    private int windowCount;
    private int windowNext;
    private int windowNoAnswers;

    public BotMetrics(IMeterFactory meters, ConversationStore conversations)
    {
        var meter = meters.Create(AllBotTelemetry.Name);
        answers = meter.CreateCounter<long>("allbot.answers", "{answer}", "Questions answered, by kind: answer, no_answer, urgent, smalltalk.");
        urgentReplies = meter.CreateCounter<long>("allbot.urgent_replies", "{reply}", "Emergency replies given.");
        answerDuration = meter.CreateHistogram("allbot.answer.duration", "s", "Time to answer one question, by kind.",
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = LatencyBuckets });
        meter.CreateObservableGauge("allbot.answers.no_answer_ratio", NoAnswerRatio, "1",
            $"Share of the latest {RatioWindow} answers that were no_answer.");
        conversationsStarted = meter.CreateCounter<long>("allbot.directline.conversations.started", "{conversation}",
            "Conversations started on the built-in Direct Line channel (the web chat).");
        meter.CreateObservableGauge("allbot.directline.conversations.active", () => conversations.Count, "{conversation}",
            "Conversations the built-in Direct Line channel holds now.");
        rateLimitRefusals = meter.CreateCounter<long>("allbot.rate_limit.refusals", "{request}",
            "Requests refused with 429, by rate-limit policy.");
    }

    /// <summary>False during the start-up warm-up, whose questions are the knowledge base's own.</summary>
    public bool Counting { get; set; }

    public void Answered(AnswerKind kind, TimeSpan duration)
    {
        if (!Counting) return;
        var tag = new KeyValuePair<string, object?>("kind", EvalReport.KindName(kind));
        answers.Add(1, tag);
        answerDuration.Record(duration.TotalSeconds, tag);
        if (kind == AnswerKind.Urgent) urgentReplies.Add(1);
        lock (windowGate)
        {
            if (windowCount == RatioWindow && window[windowNext]) windowNoAnswers--;
            window[windowNext] = kind == AnswerKind.NoAnswer;
            if (kind == AnswerKind.NoAnswer) windowNoAnswers++;
            windowNext = (windowNext + 1) % RatioWindow;
            windowCount = Math.Min(windowCount + 1, RatioWindow);
        }
    }

    public void DirectLineConversationStarted() => conversationsStarted.Add(1);

    public void RateLimited(string policy)
    {
        // The warm-up's own posts over loopback can meet the per-address limit of anonymous mode.
        if (Counting) rateLimitRefusals.Add(1, new KeyValuePair<string, object?>("policy", policy));
    }

    private double NoAnswerRatio()
    {
        lock (windowGate) return windowCount == 0 ? 0 : (double)windowNoAnswers / windowCount;
    }
}
