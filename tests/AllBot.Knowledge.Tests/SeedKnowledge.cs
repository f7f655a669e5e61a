namespace AllBot.Knowledge.Tests;

/// <summary>The repository's own knowledge base, loaded once and shared by the tests that answer questions.</summary>
public sealed class SeedKnowledge : IDisposable
{
    public SeedKnowledge() =>
        Engine = KnowledgeEngine.Load(new KnowledgeOptions(Folder, new Uri("https://site.example/")));

    public KnowledgeEngine Engine { get; }

    /// <summary>knowledge-base/ at the repository root (the folder holding AllBot.sln).</summary>
    public static string Folder => Path.Combine(RepositoryRoot, "knowledge-base");

    public static string RepositoryRoot
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "AllBot.sln"))) return dir.FullName;
            }
            throw new InvalidOperationException("AllBot.sln not found above " + AppContext.BaseDirectory);
        }
    }

    public void Dispose() => Engine.Dispose();
}

[CollectionDefinition(Name)]
public sealed class SeedKnowledgeCollection : ICollectionFixture<SeedKnowledge>
{
    public const string Name = "seed knowledge base";
}
