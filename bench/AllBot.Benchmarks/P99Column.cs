using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace AllBot.Benchmarks;

/// <summary>The 99th percentile of the measurements; BenchmarkDotNet's statistic columns stop at P95.</summary>
internal sealed class P99Column : IColumn
{
    public string Id => nameof(P99Column);
    public string ColumnName => "P99";
    public bool AlwaysShow => true;
    public ColumnCategory Category => ColumnCategory.Statistics;
    public int PriorityInCategory => 10;
    public bool IsNumeric => true;
    public UnitType UnitType => UnitType.Time;
    public string Legend => "99th percentile of single operations (jobs with InvocationCount 1 only), in microseconds";

    public bool IsAvailable(Summary summary) => true;

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) =>
        GetValue(summary, benchmarkCase, summary.Style);

    /// <summary>Only single-operation iterations have a P99 that means anything; batch means get "-".</summary>
    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style) =>
        benchmarkCase.Job.Run.InvocationCount == 1 && summary[benchmarkCase]?.ResultStatistics is { } statistics
            ? $"{statistics.Percentiles.Percentile(99) / 1000:N1} μs"
            : "-";
}
