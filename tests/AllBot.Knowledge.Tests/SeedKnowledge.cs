using AllBot.Testing;

namespace AllBot.Knowledge.Tests;

/// <summary>The repository's own knowledge base, loaded once and shared by the tests that answer questions.</summary>
public sealed class SeedKnowledge : IDisposable
{
    public SeedKnowledge() =>
        Engine = KnowledgeEngine.Load(new KnowledgeOptions(Folder, new Uri("https://site.example/")));

    public KnowledgeEngine Engine { get; }

    /// <summary>knowledge-base/ at the repository root (the folder holding AllBot.sln).</summary>
    public static string Folder => RepositoryRoot.Combine("knowledge-base");

    public void Dispose() => Engine.Dispose();
}

[CollectionDefinition(Name)]
public sealed class SeedKnowledgeCollection : ICollectionFixture<SeedKnowledge>
{
    public const string Name = "seed knowledge base";
}
