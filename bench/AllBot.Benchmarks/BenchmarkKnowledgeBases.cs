using AllBot.Knowledge;
using AllBot.Knowledge.Answers;
using AllBot.Knowledge.Content;

namespace AllBot.Benchmarks;

/// <summary>Which knowledge base a benchmark runs on.</summary>
public enum KnowledgeBaseSize
{
    /// <summary>The editors' knowledge-base/ folder.</summary>
    Seed,
    /// <summary>10,000 passages and 1,000 programs made from the seed's words (<see cref="SyntheticKnowledgeBase"/>).</summary>
    Synthetic10k,
}

/// <summary>The benchmarks' knowledge bases, loaded or generated once per process.</summary>
internal static class BenchmarkKnowledgeBases
{
    /// <summary>Relative links resolve against a site, as in production (no request is ever made to it).</summary>
    public static readonly Uri SiteBaseUrl = new("https://www.example.org/");

    private static readonly Lazy<KnowledgeBase> Seed = new(LoadSeed);
    private static readonly Lazy<KnowledgeBase> Synthetic =
        new(() => SyntheticKnowledgeBase.Generate(Seed.Value, SyntheticShape.TenThousandPassages));

    public static KnowledgeBase Content(KnowledgeBaseSize size) => size == KnowledgeBaseSize.Seed ? Seed.Value : Synthetic.Value;

    public static KnowledgeEngine Build(KnowledgeBaseSize size) =>
        KnowledgeEngine.Build(Content(size), SiteBaseUrl, new AnswerPolicy());

    private static KnowledgeBase LoadSeed()
    {
        var content = KnowledgeBaseLoader.Load(RepositoryFiles.SeedKnowledgeBase, out var problems);
        return content ?? throw new KnowledgeBaseException(problems);
    }
}
