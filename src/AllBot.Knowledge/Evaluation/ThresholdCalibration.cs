using AllBot.Knowledge.Answers;

namespace AllBot.Knowledge.Evaluation;

/// <summary>
/// Chooses the answer policy's thresholds by k-fold cross-validation on calibration questions: every candidate policy
/// answers every question once; for each fold, the candidate with the best mean utility on the other folds is chosen
/// and scored on the fold it never saw. The mean of those scores says how well the method chooses; the candidate best
/// on all the questions is the one to ship. Deterministic: the folds come from a hash of each question.
/// </summary>
/// <remarks>
/// Utility of one reply: for an answerable question, 1 when the answer holds the right passage and videos, 0.5 when it
/// holds some, 0 for a wrong answer; a clarifying question 0.7 when the right passage is a choice (one more tap to the
/// answer) and 0.2 when it is not; 0.1 for "I don't know". For a question the content does not cover, 1 for "I don't
/// know", 0.3 for a clarifying question ("none of these" is one more tap), 0 for an answer. Small talk 1 or 0. Ties are
/// broken towards the shipped thresholds, so the data has to earn a change.
/// </remarks>
public static class ThresholdCalibration
{
    /// <summary>
    /// The candidates: the thresholds of the decision over the ranges that make sense, clarifying off or at a few
    /// strengths. Everything else as in <paramref name="start"/>.
    /// </summary>
    public static IReadOnlyList<AnswerPolicy> Grid(AnswerPolicy start) =>
        [.. from known in new[] { 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6 }
            from share in new[] { 0.3, 0.35, 0.4, 0.45 }
            from coverage in new[] { 0.4, 0.5, 0.6 }
            from mass in new[] { 1.5, 2.0, 2.5 }
            from clarify in new (double Ratio, int Ideas)[] { (1.0, 2), (0.95, 1), (0.95, 2), (0.9, 1), (0.9, 2), (0.8, 2) }
            select start with
            {
                MinKnownShare = known, MinResultShare = share, MinResultCoverage = coverage, MinTopicalMass = mass,
                ClarifyRatio = clarify.Ratio, ClarifyMaxIdeas = clarify.Ideas,
            }];

    /// <summary>The thresholds <see cref="Grid"/> varies, for tables.</summary>
    public static string Describe(AnswerPolicy p) =>
        $"known {p.MinKnownShare:0.00}, share {p.MinResultShare:0.00}, coverage {p.MinResultCoverage:0.00}, mass {p.MinTopicalMass:0.0}, " +
        (p.ClarifyRatio >= 1 ? "clarify off" : $"clarify at {p.ClarifyRatio:0.00} up to {p.ClarifyMaxIdeas} idea(s)");

    public static CalibrationReport Run(
        Func<AnswerPolicy, IAnswerer> answererFor, Func<string, string?> passageText, IReadOnlyList<EvalItem> items,
        IReadOnlyList<AnswerPolicy> candidates, AnswerPolicy shipped, int folds = 5)
    {
        var scored = items.Where(i => i.Expect is "answer" or "no_answer" or "smalltalk").ToList();
        var fold = scored.Select(i => (int)((uint)StableHash(i.Question + i.Previous) % (uint)folds)).ToArray();
        var utility = new double[candidates.Count][];
        for (var c = 0; c < candidates.Count; c++)
        {
            var answerer = answererFor(candidates[c]);
            utility[c] = scored.Select(item => Utility(item, item.AskOf(answerer), passageText)).ToArray();
        }

        double Mean(int candidate, Func<int, bool> take)
        {
            double sum = 0;
            var count = 0;
            for (var i = 0; i < scored.Count; i++)
            {
                if (!take(i)) continue;
                sum += utility[candidate][i];
                count++;
            }
            return count == 0 ? 0 : sum / count;
        }

        int Best(Func<int, bool> take) =>
            Enumerable.Range(0, candidates.Count)
                .OrderByDescending(c => Math.Round(Mean(c, take), 6)).ThenBy(c => Distance(candidates[c], shipped)).ThenBy(c => c)
                .First();

        var rows = Enumerable.Range(0, folds).Select(f =>
        {
            var chosen = Best(i => fold[i] != f);
            return new FoldResult(f, candidates[chosen], Mean(chosen, i => fold[i] != f), Mean(chosen, i => fold[i] == f), fold.Count(x => x == f));
        }).ToList();
        var ranking = Enumerable.Range(0, candidates.Count)
            .Select(c => (Policy: candidates[c], Utility: Mean(c, _ => true)))
            .OrderByDescending(r => Math.Round(r.Utility, 6)).ThenBy(r => Distance(r.Policy, shipped))
            .ToList();
        return new CalibrationReport(rows, ranking, scored.Count);
    }

    /// <summary>The utility of one reply (see the remarks of <see cref="ThresholdCalibration"/>).</summary>
    public static double Utility(EvalItem item, Answer answer, Func<string, string?> passageText) => item.Expect switch
    {
        "smalltalk" => answer.Kind == AnswerKind.SmallTalk ? 1 : 0,
        "no_answer" => answer.Kind switch { AnswerKind.NoAnswer => 1, AnswerKind.Clarify => 0.3, _ => 0 },
        _ => answer.Kind switch
        {
            AnswerKind.Answer => AnswerUtility(item, answer),
            AnswerKind.Clarify => item.Passage is { Count: > 0 } phrases
                && answer.Alternatives.Any(a => passageText(a.Id) is { } text && phrases.Any(p => text.Contains(p, StringComparison.OrdinalIgnoreCase)))
                    ? 0.7 : 0.2,
            AnswerKind.NoAnswer => 0.1,
            _ => 0,
        },
    };

    /// <summary>How far a candidate is from the shipped thresholds, each in steps of its own grid.</summary>
    private static double Distance(AnswerPolicy a, AnswerPolicy b) =>
        Math.Abs(a.MinKnownShare - b.MinKnownShare) / 0.05 + Math.Abs(a.MinResultShare - b.MinResultShare) / 0.05
        + Math.Abs(a.MinResultCoverage - b.MinResultCoverage) / 0.1 + Math.Abs(a.MinTopicalMass - b.MinTopicalMass) / 0.5
        + Math.Abs(a.ClarifyRatio - b.ClarifyRatio) / 0.05 + (a.ClarifyRatio < 1 ? Math.Abs(a.ClarifyMaxIdeas - b.ClarifyMaxIdeas) : 0);

    private static double AnswerUtility(EvalItem item, Answer answer)
    {
        var checks = new List<bool>();
        if (item.Passage is { Count: > 0 } phrases) checks.Add(EvalReport.ShowsPassage(answer, phrases));
        if (item.Videos is { Count: > 0 } titles) checks.Add(EvalReport.ShowsVideo(answer, titles));
        if (checks.Count == 0) return 1;
        return checks.All(c => c) ? 1 : checks.Any(c => c) ? 0.5 : 0;
    }

    /// <summary>A hash that is the same on every run and machine (string.GetHashCode is not).</summary>
    private static int StableHash(string text)
    {
        unchecked
        {
            var hash = (int)2166136261;
            foreach (var c in text) hash = (hash ^ c) * 16777619;
            return hash;
        }
    }
}

/// <summary>One fold: the policy chosen without it, its utility on the other folds, and on this one.</summary>
public sealed record FoldResult(int Fold, AnswerPolicy Chosen, double TrainUtility, double HeldUtility, int Questions);

/// <summary>The folds, and every candidate ranked by its mean utility on all the calibration questions.</summary>
public sealed record CalibrationReport(IReadOnlyList<FoldResult> Folds, IReadOnlyList<(AnswerPolicy Policy, double Utility)> Ranking, int Questions)
{
    /// <summary>The mean utility of the chosen policies on the folds they did not see: the method's own estimate.</summary>
    public double CrossValidated => Folds.Sum(f => f.HeldUtility * f.Questions) / Folds.Sum(f => f.Questions);
}
