namespace AllBot.BrowserTests;

/// <summary>Folders of the repository, found by walking up from the test's own folder to AllBot.sln.</summary>
public static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string KnowledgeBase => Path.Combine(Root, "knowledge-base");

    /// <summary>Where screenshots go: artifacts/browser-tests (git-ignored).</summary>
    public static string Artifacts
    {
        get
        {
            var folder = Path.Combine(Root, "artifacts", "browser-tests");
            Directory.CreateDirectory(folder);
            return folder;
        }
    }

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "AllBot.sln"))) return folder.FullName;
        }
        throw new InvalidOperationException($"AllBot.sln was not found above {AppContext.BaseDirectory}.");
    }
}
