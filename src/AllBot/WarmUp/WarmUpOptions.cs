using System.ComponentModel.DataAnnotations;

namespace AllBot.WarmUp;

/// <summary>
/// Configuration section <c>WarmUp</c>: before <c>/readyz</c> says ready, AllBot asks itself the knowledge base's own
/// questions until the .NET JIT has compiled the hot paths (bench/RESULTS.md: without it the first seconds under load
/// run at a third of the warm throughput).
/// </summary>
public sealed class WarmUpOptions
{
    public const string Section = "WarmUp";

    /// <summary>Off: ready as soon as the knowledge base has loaded (tests, or a host that never takes sudden load).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>The warm-up stops after this long even if the JIT is still busy; the bot is then ready anyway.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:05:00")]
    public TimeSpan MaxDuration { get; set; } = TimeSpan.FromSeconds(20);

    /// <summary>How many of the knowledge base's questions each round asks (spread over the whole knowledge base).</summary>
    [Range(1, 10_000)]
    public int Questions { get; set; } = 100;
}
