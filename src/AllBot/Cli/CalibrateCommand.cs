using AllBot.Knowledge.Answers;
using AllBot.Knowledge.Evaluation;

namespace AllBot.Cli;

/// <summary>
/// <c>calibrate FILE.jsonl...</c>: chooses the answer thresholds by 5-fold cross-validation on calibration sets and
/// prints the tables (docs/how-answers-work.md): each fold's choice and its utility on the fold it never saw, then the
/// best candidates on all the questions, and where the shipped policy ranks. Never run it on a held-out set.
/// </summary>
internal static class CalibrateCommand
{
    private const int Shown = 12;

    public static int Run(IConfiguration configuration, List<string> operands, TextWriter output)
    {
        if (operands.Count == 0) throw new UsageException("usage: calibrate FILE.jsonl [FILE.jsonl...]   (calibration sets only)");
        var items = operands.SelectMany(EvalCommand.Read).ToList();
        using var engine = CommandLine.LoadEngine(configuration);
        var shipped = new AnswerPolicy();
        var grid = ThresholdCalibration.Grid(shipped);
        var passages = engine.Content.Articles.SelectMany(a => a.Passages).ToDictionary(p => p.Id, p => p.Text);
        var report = ThresholdCalibration.Run(engine.AnswererWith, id => passages.GetValueOrDefault(id), items, grid, shipped);

        output.WriteLine($"{report.Questions} questions, {grid.Count} candidates, 5 folds");
        output.WriteLine("| fold | questions | chosen on the other folds | utility there | utility on this fold |");
        output.WriteLine("| --- | --- | --- | --- | --- |");
        foreach (var fold in report.Folds)
            output.WriteLine($"| {fold.Fold + 1} | {fold.Questions} | {ThresholdCalibration.Describe(fold.Chosen)} | {fold.TrainUtility:0.000} | {fold.HeldUtility:0.000} |");
        output.WriteLine($"cross-validated utility: {report.CrossValidated:0.000}");
        output.WriteLine();
        output.WriteLine("| rank | candidate | utility on all |");
        output.WriteLine("| --- | --- | --- |");
        foreach (var (row, rank) in report.Ranking.Take(Shown).Select((r, i) => (r, i + 1)))
            output.WriteLine($"| {rank} | {ThresholdCalibration.Describe(row.Policy)} | {row.Utility:0.000} |");
        var own = report.Ranking.Select((r, i) => (r, i)).First(x => ThresholdCalibration.Describe(x.r.Policy) == ThresholdCalibration.Describe(shipped));
        output.WriteLine($"shipped ({ThresholdCalibration.Describe(shipped)}): rank {own.i + 1}, utility {own.r.Utility:0.000}");
        return 0;
    }
}
