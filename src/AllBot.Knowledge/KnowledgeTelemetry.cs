using System.Diagnostics;

namespace AllBot.Knowledge;

/// <summary>
/// Spans for the stages of the answer pipeline (ActivitySource <c>AllBot.Knowledge</c>). A span is only created when a
/// listener (the host's OpenTelemetry) asks for it, and it never carries the question's text.
/// </summary>
public static class KnowledgeTelemetry
{
    public const string SourceName = "AllBot.Knowledge";

    private static readonly ActivitySource Source = new(SourceName);

    /// <summary>Starts the span of one stage; dispose it when the stage ends. Null when nobody listens.</summary>
    public static Activity? Stage(string name) => Source.StartActivity(name);
}
