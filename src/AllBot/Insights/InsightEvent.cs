namespace AllBot.Insights;

/// <summary>Something to count, for one UTC day and one channel family (<see cref="ChannelNames"/>).</summary>
public abstract record InsightEvent(DateOnly Day, string Channel);

/// <summary>A turn's outcome (answer, clarify, no_answer, urgent, smalltalk) and the passages and programs it showed.</summary>
public sealed record TurnRecorded(DateOnly Day, string Channel, string Outcome, IReadOnlyList<string> PassageIds, IReadOnlyList<string> ProgramIds)
    : InsightEvent(Day, Channel);

/// <summary>
/// A thumbs up (<paramref name="Like"/>) or down on an answer, counted for the answer and for each passage and program
/// it showed. <paramref name="Replaces"/> is the earlier rating of the same answer, taken back (the widget lets people
/// change their mind), so an answer counts once, as its latest rating.
/// </summary>
public sealed record RatingRecorded(DateOnly Day, string Channel, IReadOnlyList<string> PassageIds, IReadOnlyList<string> ProgramIds,
    bool Like, bool? Replaces) : InsightEvent(Day, Channel);

/// <summary>
/// Text kept only with <see cref="InsightsOptions.KeepUnansweredQuestions"/>: a question that got no answer, or words
/// added to a rating. It is scrubbed (<see cref="FreeTextRedactor"/>) before it is written.
/// </summary>
public sealed record TextKept(DateOnly Day, string Channel, string Kind, string Text) : InsightEvent(Day, Channel)
{
    public const string Unanswered = "unanswered";
    public const string Feedback = "feedback";

    /// <summary>Never the text: records print themselves in logs and debuggers.</summary>
    public override string ToString() => $"TextKept {{ Day = {Day}, Channel = {Channel}, Kind = {Kind} }}";
}

/// <summary>Completes once every event queued before it is written (tests, and the report of a running app).</summary>
public sealed record FlushRequested(TaskCompletionSource Written) : InsightEvent(default, "");
