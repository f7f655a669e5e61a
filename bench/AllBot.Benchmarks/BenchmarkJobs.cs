using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;
using Perfolizer.Horology;
using Perfolizer.Mathematics.OutlierDetection;

namespace AllBot.Benchmarks;

/// <summary>Full runs by default; <c>--quick</c> (see Program.cs) runs a tenth of the iterations for a quick check.</summary>
internal static class BenchmarkMode
{
    public static bool Quick { get; set; }

    public static int Scaled(int iterations) => Quick ? Math.Max(3, iterations / 10) : iterations;
}

/// <summary>
/// Two jobs. <c>Batch</c>: BenchmarkDotNet's usual batches of many answers, for the steady-state mean and the
/// allocations. <c>Single</c>: one answer per iteration (InvocationCount 1), so Median, P95, P99 and Max are those of
/// single answers, not of batch means. Nothing is hidden there: outliers are kept and no GC is forced between
/// answers, so the collections a stream of answers causes land in the answers that pay for them. BenchmarkDotNet's
/// bookkeeping between single answers also cools the caches, so Single is the pessimistic view of one answer.
/// </summary>
internal sealed class AnswerLatencyConfig : ManualConfig
{
    public AnswerLatencyConfig()
    {
        AddJob(Job.Default
            .WithId(BenchmarkMode.Quick ? "QuickBatch" : "Batch")
            .WithLaunchCount(1)
            .WithIterationTime(TimeInterval.FromMilliseconds(100))
            .WithWarmupCount(BenchmarkMode.Scaled(10))
            .WithIterationCount(BenchmarkMode.Scaled(30)));
        AddJob(Job.Default
            .WithId(BenchmarkMode.Quick ? "QuickSingle" : "Single")
            .WithLaunchCount(1)
            .WithInvocationCount(1)
            .WithUnrollFactor(1)
            .WithWarmupCount(BenchmarkMode.Scaled(300))
            .WithIterationCount(BenchmarkMode.Scaled(5000))
            .WithGcForce(false)
            .WithOutlierMode(OutlierMode.DontRemove));
        AddDiagnoser(MemoryDiagnoser.Default);
        AddColumn(StatisticColumn.Median, StatisticColumn.P95, new P99Column(), StatisticColumn.Max);
        // The job's settings are described above; the Job column names them.
        HideColumns("OutlierMode", "Force", "InvocationCount", "IterationCount", "IterationTime", "UnrollFactor", "WarmupCount");
    }
}

/// <summary>An index build is long (up to seconds), so it is timed build by build, after one warm-up build.</summary>
internal sealed class IndexBuildConfig : ManualConfig
{
    public IndexBuildConfig()
    {
        AddJob(Job.Default
            .WithId(BenchmarkMode.Quick ? "QuickBuild" : "Build")
            .WithStrategy(RunStrategy.Monitoring)
            .WithLaunchCount(1)
            .WithInvocationCount(1)
            .WithUnrollFactor(1)
            .WithWarmupCount(1)
            .WithIterationCount(BenchmarkMode.Scaled(30))
            .WithOutlierMode(OutlierMode.DontRemove));
        AddDiagnoser(MemoryDiagnoser.Default);
        AddColumn(StatisticColumn.Median, StatisticColumn.Max);
    }
}
