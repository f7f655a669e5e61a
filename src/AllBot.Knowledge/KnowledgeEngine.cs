using AllBot.Knowledge.Answers;
using AllBot.Knowledge.Content;
using AllBot.Knowledge.Search;

namespace AllBot.Knowledge;

/// <summary>Where the knowledge base is and how relative links are resolved.</summary>
/// <param name="Path">The knowledge-base folder.</param>
/// <param name="SiteBaseUrl">The site's base URL; relative program and article URLs are resolved against it.</param>
public sealed record KnowledgeOptions(string Path, Uri? SiteBaseUrl);

/// <summary>
/// The loaded knowledge base with its search index and answer pipeline, built once at start-up and shared
/// by every channel and thread.
/// </summary>
public sealed class KnowledgeEngine : IDisposable
{
    private readonly KnowledgeIndex _index;

    private KnowledgeEngine(KnowledgeBase content, KnowledgeIndex index, IAnswerer answerer)
    {
        Content = content;
        _index = index;
        Answerer = answerer;
    }

    public KnowledgeBase Content { get; }

    public BotWording Wording => Content.Wording;

    public IAnswerer Answerer { get; }

    /// <summary>Loads, validates and indexes the knowledge base.</summary>
    /// <exception cref="KnowledgeBaseException">The knowledge base has problems; each names its file and line.</exception>
    public static KnowledgeEngine Load(KnowledgeOptions options)
    {
        var content = KnowledgeBaseLoader.Load(options.Path, out var problems);
        if (content is null) throw new KnowledgeBaseException(problems);
        return Build(content, options.SiteBaseUrl, new AnswerPolicy());
    }

    /// <summary>Indexes content that is already loaded (benchmarks and tests build synthetic knowledge bases).</summary>
    public static KnowledgeEngine Build(KnowledgeBase content, Uri? siteBaseUrl, AnswerPolicy policy)
    {
        var index = new KnowledgeIndex(content.Articles, content.Programs, content.Synonyms);
        var pipeline = new AnswerPipeline(index, new AnswerComposer(content.Wording, siteBaseUrl), policy);
        return new KnowledgeEngine(content, index, pipeline);
    }

    public void Dispose() => _index.Dispose();
}
