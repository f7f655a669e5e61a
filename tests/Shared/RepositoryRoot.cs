namespace AllBot.Testing;

/// <summary>
/// The repository root: the nearest folder holding AllBot.sln above the running binaries (or, for a benchmark's
/// generated child process, above the working directory). One file, compiled into every test and benchmark project.
/// </summary>
internal static class RepositoryRoot
{
    public static string Path { get; } = Find();

    public static string Combine(params string[] parts) => System.IO.Path.Combine([Path, .. parts]);

    private static string Find()
    {
        foreach (var start in new[] { AppContext.BaseDirectory, Directory.GetCurrentDirectory() })
        {
            for (var folder = new DirectoryInfo(start); folder is not null; folder = folder.Parent)
            {
                if (File.Exists(System.IO.Path.Combine(folder.FullName, "AllBot.sln"))) return folder.FullName;
            }
        }
        throw new InvalidOperationException($"AllBot.sln not found above {AppContext.BaseDirectory} or the working directory.");
    }
}
