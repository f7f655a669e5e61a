using AllBot.Knowledge;
using BenchmarkDotNet.Attributes;

namespace AllBot.Benchmarks;

/// <summary>
/// Indexing content that is already loaded (analysis, the Lucene passage and program indexes, the vocabulary and
/// the synonyms), which is what start-up and a knowledge-base change cost beyond reading the files.
/// </summary>
[Config(typeof(IndexBuildConfig))]
public class IndexBuildBenchmarks
{
    [Params(KnowledgeBaseSize.Seed, KnowledgeBaseSize.Synthetic10k)]
    public KnowledgeBaseSize KnowledgeBase { get; set; }

    /// <summary>Generates the synthetic content before timing starts.</summary>
    [GlobalSetup]
    public void Setup() => BenchmarkKnowledgeBases.Content(KnowledgeBase);

    [Benchmark]
    public int Build()
    {
        using var engine = BenchmarkKnowledgeBases.Build(KnowledgeBase);
        return engine.Content.Programs.Count;
    }
}

/// <summary>The seed as the app loads it at start-up: read and validate the files, then index them.</summary>
[Config(typeof(IndexBuildConfig))]
public class SeedLoadBenchmarks
{
    [Benchmark]
    public int LoadSeedFromDisk()
    {
        using var engine = KnowledgeEngine.Load(new KnowledgeOptions(RepositoryFiles.SeedKnowledgeBase, BenchmarkKnowledgeBases.SiteBaseUrl));
        return engine.Content.Programs.Count;
    }
}
