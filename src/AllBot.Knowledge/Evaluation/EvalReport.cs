using AllBot.Knowledge.Answers;

namespace AllBot.Knowledge.Evaluation;

/// <summary>A metric: how many items passed out of how many it applies to.</summary>
public sealed record EvalMetric(string Name, int Passed, int Total)
{
    /// <summary>The fraction passed; 1 when the metric applies to no item.</summary>
    public double Value => Total == 0 ? 1 : (double)Passed / Total;

    public override string ToString() => $"{Name}: {Value:0.000} ({Passed}/{Total})";
}

/// <summary>The metrics of an evaluation set (passage@1, video@3, answer_rate, ...) and the items that missed.</summary>
public sealed record EvalReport(IReadOnlyList<EvalMetric> Metrics, IReadOnlyList<string> Misses)
{
    public double this[string metric] => Metrics.Single(m => m.Name == metric).Value;

    /// <summary>Runs every item through <paramref name="answerer"/> and scores the answers.</summary>
    public static EvalReport Run(IAnswerer answerer, IReadOnlyList<EvalItem> items)
    {
        var counts = new Dictionary<string, (int Passed, int Total)>();
        var misses = new List<string>();
        void Count(string metric, bool passed, EvalItem item, Answer answer)
        {
            var (p, t) = counts.GetValueOrDefault(metric);
            counts[metric] = (p + (passed ? 1 : 0), t + 1);
            if (!passed) misses.Add($"{metric}: \"{item.Question}\" -> {Describe(answer)}");
        }

        foreach (var item in items)
        {
            var answer = answerer.Answer(item.Question);
            var kind = KindName(answer.Kind);
            if (item.Passage is { Count: > 0 } phrases)
                Count("passage@1", answer.Passages.Count > 0 && phrases.Any(p => Contains(answer.Passages[0].Text, p)), item, answer);
            if (item.Videos is { Count: > 0 } titles)
                Count("video@3", answer.Videos.Take(3).Any(v => titles.Any(t => SameTitle(v.Title, t))), item, answer);
            var metric = item.Expect switch
            {
                "answer" => "answer_rate",
                "no_answer" => "no_answer",
                "urgent" => "urgent_recall",
                "smalltalk" => "smalltalk",
                _ => throw new FormatException($"unknown expect '{item.Expect}' for \"{item.Question}\""),
            };
            Count(metric, kind == item.Expect, item, answer);
            if (item.Expect != "urgent") Count("no_false_urgent", answer.Kind != AnswerKind.Urgent, item, answer);
        }

        string[] order = ["passage@1", "video@3", "answer_rate", "no_answer", "urgent_recall", "smalltalk", "no_false_urgent"];
        var metrics = order.Select(name => new EvalMetric(name, counts.GetValueOrDefault(name).Passed, counts.GetValueOrDefault(name).Total)).ToList();
        return new EvalReport(metrics, misses);
    }

    /// <summary>The kind as the command line and the evaluation sets write it.</summary>
    public static string KindName(AnswerKind kind) => kind switch
    {
        AnswerKind.Answer => "answer",
        AnswerKind.NoAnswer => "no_answer",
        AnswerKind.Urgent => "urgent",
        _ => "smalltalk",
    };

    private static string Describe(Answer answer) =>
        $"{KindName(answer.Kind)}; passage: {answer.Passages.FirstOrDefault()?.Id ?? "-"}; videos: " +
        (answer.Videos.Count == 0 ? "-" : string.Join(" | ", answer.Videos.Take(3).Select(v => v.Title)));

    private static bool Contains(string text, string phrase) =>
        Typographic(text).Contains(Typographic(phrase), StringComparison.OrdinalIgnoreCase);

    private static bool SameTitle(string a, string b) =>
        string.Equals(Typographic(a), Typographic(b), StringComparison.OrdinalIgnoreCase);

    /// <summary>Curly and straight apostrophes are the same letter to a reader.</summary>
    private static string Typographic(string text) => text.Replace('’', '\'').Replace('‘', '\'');
}
