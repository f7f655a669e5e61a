namespace AllBot.Benchmarks;

/// <summary>
/// Finds files of the repository from wherever the benchmark runs (BenchmarkDotNet starts a child process in a
/// generated folder under bin/), by walking up to the folder that holds AllBot.sln.
/// </summary>
internal static class RepositoryFiles
{
    public static string Root { get; } = FindRoot();

    /// <summary>The editors' seed knowledge base, knowledge-base/.</summary>
    public static string SeedKnowledgeBase => Path.Combine(Root, "knowledge-base");

    /// <summary>The benchmarks' own patient questions, bench/patient-questions.tsv.</summary>
    public static string PatientQuestions => Path.Combine(Root, "bench", "patient-questions.tsv");

    private static string FindRoot()
    {
        foreach (var start in new[] { AppContext.BaseDirectory, Directory.GetCurrentDirectory() })
        {
            for (var folder = new DirectoryInfo(start); folder is not null; folder = folder.Parent)
            {
                if (File.Exists(Path.Combine(folder.FullName, "AllBot.sln"))) return folder.FullName;
            }
        }
        throw new InvalidOperationException("AllBot.sln not found above the benchmark's folder or the working directory.");
    }
}
