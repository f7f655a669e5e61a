using AllBot.Knowledge.Answers;
using AllBot.Knowledge.Content;
using AllBot.Knowledge.Safety;
using AllBot.Knowledge.Search;

namespace AllBot.Knowledge;

/// <summary>Where the knowledge base is, how relative links are resolved, and what the urgent replies name.</summary>
/// <param name="Path">The knowledge-base folder.</param>
/// <param name="SiteBaseUrl">The site's base URL; relative program and article URLs are resolved against it.</param>
/// <param name="ListeningService">
/// A listening service named in the reply to thoughts of self-harm (such as "Samaritans, 116 123"); none when null.
/// </param>
public sealed record KnowledgeOptions(string Path, Uri? SiteBaseUrl, string? ListeningService = null);

/// <summary>
/// The loaded knowledge base with its search index and answer pipeline, built once at start-up and shared
/// by every channel and thread.
/// </summary>
public sealed class KnowledgeEngine : IDisposable
{
    private readonly KnowledgeIndex _index;
    private readonly RedFlagTriage _triage;
    private readonly AnswerPipeline _pipeline;

    private KnowledgeEngine(KnowledgeBase content, KnowledgeIndex index, RedFlagTriage triage, AnswerPipeline pipeline)
    {
        Content = content;
        _index = index;
        _triage = triage;
        _pipeline = pipeline;
    }

    public KnowledgeBase Content { get; }

    public BotWording Wording => Content.Wording;

    public IAnswerer Answerer => _pipeline;

    /// <summary>The same answer pipeline with other thresholds, sharing this engine's index (for <c>calibrate</c>).</summary>
    public IAnswerer AnswererWith(AnswerPolicy policy) => _pipeline.With(policy);

    /// <summary>The red-flag triage on its own, for <c>check</c> and the tests of the editors' examples.</summary>
    public RedFlagTriage Triage => _triage;

    /// <summary>Loads, validates and indexes the knowledge base.</summary>
    /// <exception cref="KnowledgeBaseException">The knowledge base has problems; each names its file and line.</exception>
    public static KnowledgeEngine Load(KnowledgeOptions options)
    {
        var content = KnowledgeBaseLoader.Load(options.Path, out var problems);
        if (content is null) throw new KnowledgeBaseException(problems);
        return Build(content, options.SiteBaseUrl, new AnswerPolicy(), options.ListeningService);
    }

    /// <summary>Indexes content that is already loaded (benchmarks and tests build synthetic knowledge bases).</summary>
    public static KnowledgeEngine Build(KnowledgeBase content, Uri? siteBaseUrl, AnswerPolicy policy, string? listeningService = null)
    {
        var index = new KnowledgeIndex(content.Articles, content.Programs, content.Synonyms);
        var triage = new RedFlagTriage(content.RedFlags);
        var composer = new AnswerComposer(content.Wording, siteBaseUrl, listeningService);
        var pipeline = new AnswerPipeline(index, triage, composer, policy);
        return new KnowledgeEngine(content, index, triage, pipeline);
    }

    public void Dispose()
    {
        _index.Dispose();
        _triage.Dispose();
    }
}
