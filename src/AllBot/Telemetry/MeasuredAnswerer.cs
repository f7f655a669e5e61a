using System.Diagnostics;
using AllBot.Knowledge.Answers;
using AllBot.Knowledge.Evaluation;

namespace AllBot.Telemetry;

/// <summary>
/// Wraps the engine's answerer: one <c>allbot.answer</c> span per question (the pipeline's stages are its children)
/// tagged with the kind of answer, and the answer metrics. The question (and the previous one) is never recorded.
/// </summary>
public sealed class MeasuredAnswerer(IAnswerer inner, BotMetrics metrics) : IAnswerer
{
    public Answer Answer(string question, PreviousTurn? previous = null)
    {
        using var span = AllBotTelemetry.Source.StartActivity("allbot.answer");
        var started = Stopwatch.GetTimestamp();
        var answer = inner.Answer(question, previous);
        metrics.Answered(answer.Kind, Stopwatch.GetElapsedTime(started));
        span?.SetTag("allbot.answer.kind", EvalReport.KindName(answer.Kind));
        return answer;
    }
}
