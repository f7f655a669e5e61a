using Xunit;

namespace AllBot.Testing;

/// <summary>A throw-away copy of the repository's knowledge base that a test can edit and break.</summary>
internal sealed class KnowledgeBaseFolder : IDisposable
{
    public KnowledgeBaseFolder()
    {
        var seed = RepositoryRoot.Combine("knowledge-base");
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "allbot-kb-" + Guid.NewGuid().ToString("N"));
        foreach (var file in Directory.EnumerateFiles(seed, "*", SearchOption.AllDirectories))
        {
            var target = System.IO.Path.Combine(Path, System.IO.Path.GetRelativePath(seed, file));
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(target)!);
            System.IO.File.Copy(file, target);
        }
    }

    public string Path { get; }

    public string File(string relativePath) => System.IO.Path.Combine(Path, relativePath);

    public void Write(string relativePath, string text) => System.IO.File.WriteAllText(File(relativePath), text);

    public void Replace(string relativePath, string from, string to)
    {
        var text = System.IO.File.ReadAllText(File(relativePath));
        Assert.Contains(from, text);
        System.IO.File.WriteAllText(File(relativePath), text.Replace(from, to));
    }

    public void Dispose()
    {
        if (Directory.Exists(Path)) Directory.Delete(Path, recursive: true);
    }
}
