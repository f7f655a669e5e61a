using AllBot.Knowledge;
using AllBot.Knowledge.Answers;
using AllBot.Knowledge.Safety;
using BenchmarkDotNet.Attributes;

namespace AllBot.Benchmarks;

/// <summary>
/// The red-flag triage alone (rules, no semantic layer), as the answer pipeline runs it first on every message:
/// on emergencies (every red flag's signs are sought and the one found is framed) and on information questions and
/// everyday messages (every sign is sought and none is happening now). The issue's budget is 0.2 ms at p99 (Single job).
/// </summary>
[Config(typeof(AnswerLatencyConfig))]
public class TriageBenchmarks
{
    private KnowledgeEngine? _engine;
    private RedFlagTriage _triage = null!;
    private string[] _messages = [];
    private int _next;

    [Params("emergency", "information")]
    public string Messages { get; set; } = "emergency";

    [GlobalSetup]
    public void Setup()
    {
        _engine = BenchmarkKnowledgeBases.Build(KnowledgeBaseSize.Seed);
        _triage = _engine.Triage;
        var urgent = Messages == "emergency";
        _messages = urgent
            ? [.. PatientQuestions.Of(AnswerKind.Urgent)]
            : [.. PatientQuestions.All().Where(q => q.Kind != AnswerKind.Urgent).Select(q => q.Text)];
        var wrong = _messages.Where(m => _triage.Triage(m).IsUrgent != urgent).ToList();
        if (wrong.Count > 0) throw new InvalidOperationException($"not triaged as {Messages}: {string.Join(" | ", wrong)}");
    }

    [Benchmark]
    public TriageResult Triage()
    {
        var message = _messages[_next];
        _next = (_next + 1) % _messages.Length;
        return _triage.Triage(message);
    }

    [GlobalCleanup]
    public void Cleanup() => _engine?.Dispose();
}
