using AllBot.Knowledge.Answers;

namespace AllBot.Knowledge.Evaluation;

/// <summary>A metric: how many items passed out of how many it applies to.</summary>
public sealed record EvalMetric(string Name, int Passed, int Total)
{
    /// <summary>The fraction passed; 1 when the metric applies to no item.</summary>
    public double Value => Total == 0 ? 1 : (double)Passed / Total;

    public override string ToString() => $"{Name}: {Value:0.000} ({Passed}/{Total})";
}

/// <summary>
/// The metrics of an evaluation set (passage@1, video@3, answer_rate, ..., urgent recall per red flag, the safety net)
/// and the items that missed.
/// </summary>
public sealed record EvalReport(IReadOnlyList<EvalMetric> Metrics, IReadOnlyList<string> Misses)
{
    private static readonly string[] Order =
    [
        "passage@1", "video@3", "answer_rate", "no_answer", "urgent_recall", "urgent_flag", "smalltalk", "no_false_urgent",
        "safety_net", "no_false_safety_net", "clarify_share",
    ];

    public double this[string metric] => Metrics.Single(m => m.Name == metric).Value;

    /// <summary>
    /// Runs every item through <paramref name="answerer"/> and scores the answers. An item with a previous message is
    /// asked as the second message of a conversation, after the previous one.
    /// </summary>
    public static EvalReport Run(IAnswerer answerer, IReadOnlyList<EvalItem> items)
    {
        var counts = new Dictionary<string, (int Passed, int Total)>();
        var misses = new List<string>();
        // A share, not a pass: how many questions got a clarifying question instead of an answer or "I don't know".
        void Share(string metric, bool counted)
        {
            var (p, t) = counts.GetValueOrDefault(metric);
            counts[metric] = (p + (counted ? 1 : 0), t + 1);
        }

        void Count(string metric, bool passed, EvalItem item, Answer answer)
        {
            var (p, t) = counts.GetValueOrDefault(metric);
            counts[metric] = (p + (passed ? 1 : 0), t + 1);
            if (!passed) misses.Add($"{metric}: \"{item.Question}\"{(item.Previous is null ? "" : $" (after \"{item.Previous}\")")} -> {Describe(answer)}");
        }

        foreach (var item in items)
        {
            var answer = item.AskOf(answerer);
            var kind = KindName(answer.Kind);
            if (item.Passage is { Count: > 0 } phrases) Count("passage@1", ShowsPassage(answer, phrases), item, answer);
            if (item.Videos is { Count: > 0 } titles) Count("video@3", ShowsVideo(answer, titles), item, answer);
            var metric = item.Expect switch
            {
                "answer" => "answer_rate",
                "no_answer" => "no_answer",
                "urgent" => "urgent_recall",
                "smalltalk" => "smalltalk",
                "not_urgent" => null,
                _ => throw new FormatException($"unknown expect '{item.Expect}' for \"{item.Question}\""),
            };
            if (metric is not null) Count(metric, kind == item.Expect, item, answer);
            if (item.Expect is "answer" or "no_answer") Share("clarify_share", answer.Kind == AnswerKind.Clarify);
            if (item.Expect == "urgent" && item.Flag is { } flag)
            {
                Count($"urgent_recall[{flag}]", answer.Kind == AnswerKind.Urgent, item, answer);
                if (answer.Kind == AnswerKind.Urgent) Count("urgent_flag", answer.Flag?.Id == flag, item, answer);
            }
            if (item.Expect != "urgent") Count("no_false_urgent", answer.Kind != AnswerKind.Urgent, item, answer);
            if (item.Netting is { } netting && answer.Kind != AnswerKind.Urgent)
                Count(netting ? "safety_net" : "no_false_safety_net", (answer.SafetyNet is not null) == netting, item, answer);
        }

        var names = Order.Concat(counts.Keys.Where(k => k.StartsWith("urgent_recall[", StringComparison.Ordinal)).Order(StringComparer.Ordinal));
        var metrics = names
            .Where(name => Order.Take(8).Contains(name) || counts.ContainsKey(name))
            .Select(name => new EvalMetric(name, counts.GetValueOrDefault(name).Passed, counts.GetValueOrDefault(name).Total))
            .ToList();
        return new EvalReport(metrics, misses);
    }

    /// <summary>passage@1: the first passage shown holds one of the phrases.</summary>
    public static bool ShowsPassage(Answer answer, IReadOnlyList<string> phrases) =>
        answer.Passages.Count > 0 && phrases.Any(p => Contains(answer.Passages[0].Text, p));

    /// <summary>video@3: one of the titles is among the first three videos shown.</summary>
    public static bool ShowsVideo(Answer answer, IReadOnlyList<string> titles) =>
        answer.Videos.Take(3).Any(v => titles.Any(t => SameTitle(v.Title, t)));

    /// <summary>The kind as the command line and the evaluation sets write it.</summary>
    public static string KindName(AnswerKind kind) => kind switch
    {
        AnswerKind.Answer => "answer",
        AnswerKind.NoAnswer => "no_answer",
        AnswerKind.Urgent => "urgent",
        AnswerKind.Clarify => "clarify",
        _ => "smalltalk",
    };

    private static string Describe(Answer answer) =>
        $"{KindName(answer.Kind)}" + (answer.Flag is { } flag ? $" [{flag.Id}: {flag.Evidence}]" : "") +
        (answer.SafetyNet is null ? "" : " +safety net") +
        $"; passage: {answer.Passages.FirstOrDefault()?.Id ?? "-"}; videos: " +
        (answer.Videos.Count == 0 ? "-" : string.Join(" | ", answer.Videos.Take(3).Select(v => v.Title)));

    private static bool Contains(string text, string phrase) =>
        Typographic(text).Contains(Typographic(phrase), StringComparison.OrdinalIgnoreCase);

    private static bool SameTitle(string a, string b) =>
        string.Equals(Typographic(a), Typographic(b), StringComparison.OrdinalIgnoreCase);

    /// <summary>Curly and straight apostrophes are the same letter to a reader.</summary>
    private static string Typographic(string text) => text.Replace('’', '\'').Replace('‘', '\'');
}
