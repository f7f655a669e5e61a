namespace AllBot.Knowledge.Tests.Content;

/// <summary>A throw-away copy of the seed knowledge base that a test can break.</summary>
public sealed class KnowledgeBaseFolder : IDisposable
{
    public KnowledgeBaseFolder()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "allbot-kb-" + Guid.NewGuid().ToString("N"));
        foreach (var file in Directory.EnumerateFiles(SeedKnowledge.Folder, "*", SearchOption.AllDirectories))
        {
            var target = System.IO.Path.Combine(Path, System.IO.Path.GetRelativePath(SeedKnowledge.Folder, file));
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

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
