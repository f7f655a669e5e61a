using AllBot.Testing;

namespace AllBot.Benchmarks;

/// <summary>
/// The repository's files the benchmarks read, from wherever they run (BenchmarkDotNet starts a child process in a
/// generated folder under bin/; <see cref="RepositoryRoot"/> also looks above the working directory).
/// </summary>
internal static class RepositoryFiles
{
    public static string Root => RepositoryRoot.Path;

    /// <summary>The editors' seed knowledge base, knowledge-base/.</summary>
    public static string SeedKnowledgeBase => Path.Combine(Root, "knowledge-base");

    /// <summary>The benchmarks' own patient questions, bench/patient-questions.tsv.</summary>
    public static string PatientQuestions => Path.Combine(Root, "bench", "patient-questions.tsv");
}
