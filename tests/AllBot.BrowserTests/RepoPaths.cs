using AllBot.Testing;

namespace AllBot.BrowserTests;

/// <summary>Folders of the repository the browser tests read and write.</summary>
public static class RepoPaths
{
    public static string Root => RepositoryRoot.Path;

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
}
