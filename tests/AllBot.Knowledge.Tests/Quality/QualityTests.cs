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
        var report = EvalReport.Run(seed.Engine.Answerer, EvalItem.ReadAll(Path.Combine(AppContext.BaseDirectory, "Quality", file)));
        var explanation = string.Join(Environment.NewLine, report.Metrics.Select(m => m.ToString()).Concat(report.Misses));
        Assert.True(report["passage@1"] >= passageAt1, explanation);
        Assert.True(report["video@3"] >= videoAt3, explanation);
        Assert.True(report["answer_rate"] >= answerRate, explanation);
        Assert.True(report["no_answer"] >= noAnswer, explanation);
        Assert.True(report["urgent_recall"] == 1.0, explanation);
        Assert.True(report["smalltalk"] == 1.0, explanation);
        Assert.True(report["no_false_urgent"] == 1.0, explanation);
    }
}
