using AllBot.Insights;
using AllBot.Insights.Report;

namespace AllBot.Cli;

/// <summary>
/// <c>report [--days N] [--out FILE.html]</c>: the editors' report of the insight store (<c>Insights:Path</c>) for the
/// last N days (30 by default, today included), as one self-contained HTML page (<see cref="ReportPage"/>).
/// </summary>
internal static class ReportCommand
{
    public const string DefaultOut = "insights-report.html";
    private const string Usage = "usage: report [--days N] [--out FILE.html]   (N from 1 to 3650; default 30 days, insights-report.html)";

    public static int Run(IConfiguration configuration, List<string> operands, TextWriter output, TimeProvider time)
    {
        var days = CommandConfiguration.TakeOption(operands, "--days") is { } text ? Days(text) : 30;
        var file = CommandConfiguration.TakeOption(operands, "--out") ?? DefaultOut;
        if (operands.Count > 0) throw new UsageException(Usage);

        var options = configuration.GetSection(InsightsOptions.Section).Get<InsightsOptions>() ?? new();
        var path = options.ResolvePath();
        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        InsightSummary summary;
        try
        {
            using var store = InsightStore.OpenForReading(path);
            summary = InsightSummary.Read(store, today.AddDays(1 - days), today);
        }
        catch (FileNotFoundException)
        {
            throw new UsageException($"There is no insight store at {path} yet: it is created when the bot runs (Insights:Enabled, Insights:Path).");
        }
        File.WriteAllText(file, ReportPage.Render(summary, time.GetUtcNow()));
        output.WriteLine($"Wrote {Path.GetFullPath(file)}: {days} day(s) from {path}");
        return 0;
    }

    private static int Days(string text) =>
        int.TryParse(text, out var days) && days is >= 1 and <= 3650 ? days : throw new UsageException(Usage);
}
