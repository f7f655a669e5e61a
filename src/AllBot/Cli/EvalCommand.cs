using AllBot.Knowledge.Evaluation;

namespace AllBot.Cli;

/// <summary><c>eval FILE.jsonl</c>: the metrics of an evaluation set, one a line, then every miss.</summary>
internal static class EvalCommand
{
    public static int Run(IConfiguration configuration, List<string> operands, TextWriter output)
    {
        if (operands.Count != 1) throw new UsageException("usage: eval FILE.jsonl");
        var items = Read(operands[0]);

        using var engine = CommandLine.LoadEngine(configuration);
        var report = EvalReport.Run(engine.Answerer, items);
        foreach (var metric in report.Metrics) output.WriteLine(metric);
        output.WriteLine($"misses: {report.Misses.Count}");
        foreach (var miss in report.Misses) output.WriteLine("  " + miss);
        return 0;
    }

    /// <summary>An evaluation set, or a usage error that names the file and what is wrong with it.</summary>
    public static IReadOnlyList<EvalItem> Read(string path)
    {
        try
        {
            return EvalItem.ReadAll(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException)
        {
            throw new UsageException($"cannot read {path}: {e.Message}");
        }
    }
}
