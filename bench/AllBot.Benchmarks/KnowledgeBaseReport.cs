using System.Diagnostics;
using AllBot.Knowledge.Answers;

namespace AllBot.Benchmarks;

/// <summary>
/// <c>--describe</c>: a quick look, without BenchmarkDotNet, at the knowledge bases and the kind each benchmark
/// question gets on each. Exits non-zero when a question gets another kind than the one it is listed under.
/// </summary>
internal static class KnowledgeBaseReport
{
    public static int Print()
    {
        var mismatches = 0;
        foreach (var size in Enum.GetValues<KnowledgeBaseSize>())
        {
            var content = BenchmarkKnowledgeBases.Content(size);
            var clock = Stopwatch.StartNew();
            using var engine = BenchmarkKnowledgeBases.Build(size);
            var built = clock.Elapsed;
            Console.WriteLine($"{size}: {content.Articles.Count} articles, {content.Articles.Sum(a => a.Passages.Count)} passages, " +
                $"{content.Programs.Count} programs; built in {built.TotalMilliseconds:N0} ms (one cold build)");
            foreach (var (kind, text) in PatientQuestions.All())
            {
                clock.Restart();
                var answer = engine.Answerer.Answer(text);
                var took = clock.Elapsed;
                var ok = answer.Kind == kind;
                if (!ok) mismatches++;
                Console.WriteLine($"  {(ok ? "ok  " : "MISS")} {PatientQuestions.Name(kind),-9} -> {PatientQuestions.Name(answer.Kind),-9} " +
                    $"{took.TotalMicroseconds,8:N0} μs  {answer.Passages.Count} passage(s), {answer.Videos.Count} video(s)  {text}");
            }
        }
        return mismatches == 0 ? 0 : 1;
    }
}
