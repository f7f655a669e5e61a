using AllBot.Knowledge.Evaluation;

namespace AllBot.Knowledge.Tests.Quality;

/// <summary>
/// The development set (dev.jsonl, a copy of the team's shared set) must meet the targets of issue 2; the
/// calibration set (calibration.jsonl, our own patient phrasings, used to choose the thresholds) must stay close.
/// Urgent recall, small talk and no false urgent replies must be perfect on both.
/// </summary>
[Collection(SeedKnowledgeCollection.Name)]
public sealed class QualityTests(SeedKnowledge seed)
{
    [Theory]
    [InlineData("dev.jsonl", 0.90, 0.95, 0.95, 0.90)]
    [InlineData("calibration.jsonl", 0.90, 0.90, 0.90, 0.90)]
    public void The_question_set_meets_its_targets(string file, double passageAt1, double videoAt3, double answerRate, double noAnswer)
    {
        var report = Run(file);
        var explanation = Explain(report);
        Assert.True(report["passage@1"] >= passageAt1, explanation);
        Assert.True(report["video@3"] >= videoAt3, explanation);
        Assert.True(report["answer_rate"] >= answerRate, explanation);
        Assert.True(report["no_answer"] >= noAnswer, explanation);
        Assert.True(report["urgent_recall"] == 1.0, explanation);
        Assert.True(report["smalltalk"] == 1.0, explanation);
        Assert.True(report["no_false_urgent"] == 1.0, explanation);
    }

    /// <summary>
    /// answers.jsonl and answers-more.jsonl: answer questions written blind (by people who saw neither the code nor the
    /// synonyms), used to find what the method missed and to choose the thresholds with the <c>calibrate</c> command.
    /// </summary>
    [Theory]
    [InlineData("answers.jsonl")]
    [InlineData("answers-more.jsonl")]
    public void The_answer_calibration_sets_stay_close_to_the_targets(string file)
    {
        var report = Run(file);
        var explanation = Explain(report);
        foreach (var metric in new[] { "passage@1", "video@3", "answer_rate", "no_answer", "smalltalk" })
            Assert.True(report[metric] >= 0.90, $"{metric}{Environment.NewLine}{explanation}");
        Assert.True(report["no_false_urgent"] == 1.0, explanation);
    }

    /// <summary>
    /// answers-heldout*.jsonl: held-out sets by other blind writers, each run once for the figures reported in
    /// docs/how-answers-work.md and never used to choose words or rules. Their figures are below the targets; these
    /// floors, under the reported figures, only guard against a change that makes them worse.
    /// </summary>
    [Theory]
    [InlineData("answers-heldout.jsonl")]
    [InlineData("answers-heldout-2.jsonl")]
    [InlineData("answers-heldout-3.jsonl")]
    [InlineData("answers-heldout-4.jsonl")]
    [InlineData("answers-heldout-5.jsonl")]
    [InlineData("answers-heldout-6.jsonl")]
    [InlineData("answers-heldout-7.jsonl")]
    [InlineData("answers-heldout-8.jsonl")]
    [InlineData("answers-heldout-9.jsonl")]
    [InlineData("answers-heldout-10.jsonl")]
    [InlineData("answers-heldout-11.jsonl")]
    [InlineData("answers-heldout-12.jsonl")]
    [InlineData("answers-heldout-13.jsonl")]
    [InlineData("answers-heldout-14.jsonl")]
    [InlineData("answers-heldout-15.jsonl")]
    [InlineData("answers-heldout-16.jsonl")]
    [InlineData("answers-heldout-17.jsonl")]
    [InlineData("answers-heldout-18.jsonl")]
    [InlineData("answers-heldout-19.jsonl")]
    [InlineData("answers-heldout-20.jsonl")]
    [InlineData("answers-heldout-21.jsonl")]
    [InlineData("answers-heldout-23.jsonl")]
    // Held-out 22's video@3 was 0.896 when it was measured (docs/how-answers-work.md).
    [InlineData("answers-heldout-22.jsonl", 0.88)]
    public void The_held_out_answer_sets_stay_above_their_reported_floor(string file, double videoAt3 = 0.92)
    {
        var report = Run(file);
        var explanation = Explain(report);
        Assert.True(report["passage@1"] >= 0.84, explanation);
        Assert.True(report["video@3"] >= videoAt3, explanation);
        Assert.True(report["answer_rate"] >= 0.95, explanation);
        Assert.True(report["no_answer"] >= 0.80, explanation);
        Assert.True(report["smalltalk"] >= 0.95, explanation);
        // answers-heldout-9.jsonl holds one information question the triage judges urgent (docs/how-answers-work.md).
        Assert.True(report["no_false_urgent"] >= 0.99, explanation);
    }

    /// <summary>
    /// safety.jsonl and safety-more.jsonl: emergencies and information questions written blind (each by someone who saw
    /// neither the code nor the red flags), used to calibrate the red flags and the context cues. safety.jsonl: every
    /// emergency recognised; both: at most 2 % of the information questions judged urgent. safety-more.jsonl keeps one
    /// known miss (a figure of speech, "my nose decided to turn into a tap"), explained in docs/how-triage-works.md.
    /// </summary>
    [Theory]
    [InlineData("safety.jsonl", 1.0)]
    [InlineData("safety-more.jsonl", 0.99)]
    public void The_safety_calibration_sets_recognise_emergencies_with_few_false_alarms(string file, double recall)
    {
        var report = Run(file);
        Assert.True(report["urgent_recall"] >= recall, Explain(report));
        Assert.True(report["no_false_urgent"] >= 0.98, Explain(report));
    }

    /// <summary>
    /// safety-heldout.jsonl, -2 and -3: held-out sets by other blind writers, never used to choose words
    /// (docs/how-triage-works.md reports their figures and explains every miss). These floors only guard against a
    /// change that makes them worse.
    /// </summary>
    [Theory]
    [InlineData("safety-heldout.jsonl")]
    [InlineData("safety-heldout-2.jsonl")]
    [InlineData("safety-heldout-3.jsonl")]
    public void The_held_out_safety_sets_stay_above_their_reported_floor(string file)
    {
        var report = Run(file);
        Assert.True(report["urgent_recall"] >= 0.90, Explain(report));
        Assert.True(report["no_false_urgent"] >= 0.95, Explain(report));
    }

    private EvalReport Run(string file) =>
        EvalReport.Run(seed.Engine.Answerer, EvalItem.ReadAll(Path.Combine(AppContext.BaseDirectory, "Quality", file)));

    private static string Explain(EvalReport report) =>
        string.Join(Environment.NewLine, report.Metrics.Select(m => m.ToString()).Concat(report.Misses));
}
