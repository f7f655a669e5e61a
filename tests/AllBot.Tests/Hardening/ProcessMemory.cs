using System.Diagnostics;

namespace AllBot.Tests.Hardening;

/// <summary>This process's managed heap and working set (RSS).</summary>
public sealed record ProcessMemory(long ManagedBytes, long WorkingSetBytes)
{
    /// <summary>After a full, compacting collection that returns free memory to the system, so both figures are steady.</summary>
    public static ProcessMemory Measure()
    {
        GC.Collect(2, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        GC.Collect(2, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        return new ProcessMemory(GC.GetTotalMemory(forceFullCollection: false), WorkingSetNow());
    }

    /// <summary>The working set as it is, garbage included.</summary>
    public static long WorkingSetNow()
    {
        using var process = Process.GetCurrentProcess();
        return process.WorkingSet64;
    }

    public static string Megabytes(long bytes) => $"{bytes / 1048576.0:0.0} MB";

    public override string ToString() => $"managed {Megabytes(ManagedBytes)}, RSS {Megabytes(WorkingSetBytes)}";
}
