using System.Diagnostics;

namespace AllBot.Telemetry;

/// <summary>
/// The names AllBot reports under. Spans and metrics carry kinds, channels, policies and durations, never what anyone
/// typed and never a user, conversation or tenant id.
/// </summary>
public static class AllBotTelemetry
{
    /// <summary>The ActivitySource of turns and answers, and the Meter of <see cref="BotMetrics"/>.</summary>
    public const string Name = "AllBot";

    public static readonly ActivitySource Source = new(Name);
}
