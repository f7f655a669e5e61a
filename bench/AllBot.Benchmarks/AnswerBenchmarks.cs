using AllBot.Knowledge;
using AllBot.Knowledge.Answers;
using BenchmarkDotNet.Attributes;

namespace AllBot.Benchmarks;

/// <summary>
/// One answer, in-process, per reply kind and knowledge base: the whole pipeline (normalise, triage, small talk,
/// search, decide, compose) as the bot calls it. Each call answers the next question of that kind from
/// bench/patient-questions.tsv, so the figures are over several real phrasings, not one lucky question.
/// </summary>
[Config(typeof(AnswerLatencyConfig))]
public class AnswerBenchmarks
{
    private KnowledgeEngine? _engine;
    private IAnswerer _answerer = null!;
    private string[] _questions = [];
    private int _next;

    [Params(KnowledgeBaseSize.Seed, KnowledgeBaseSize.Synthetic10k)]
    public KnowledgeBaseSize KnowledgeBase { get; set; }

    [Params(AnswerKind.Answer, AnswerKind.NoAnswer, AnswerKind.Urgent, AnswerKind.SmallTalk)]
    public AnswerKind Kind { get; set; }

    /// <summary>Builds the engine and checks every question gets the kind it is measured as.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _engine = BenchmarkKnowledgeBases.Build(KnowledgeBase);
        _answerer = _engine.Answerer;
        _questions = [.. PatientQuestions.Of(Kind)];
        var wrong = _questions.Where(q => _answerer.Answer(q).Kind != Kind).ToList();
        if (_questions.Length == 0 || wrong.Count > 0)
            throw new InvalidOperationException($"{KnowledgeBase}: not answered as {Kind}: {string.Join(" | ", wrong)}");
    }

    [Benchmark]
    public Answer Answer()
    {
        var question = _questions[_next];
        _next = (_next + 1) % _questions.Length;
        return _answerer.Answer(question);
    }

    [GlobalCleanup]
    public void Cleanup() => _engine?.Dispose();
}
