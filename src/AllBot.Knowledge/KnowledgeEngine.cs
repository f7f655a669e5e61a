using AllBot.Knowledge.Answers;
using AllBot.Knowledge.Content;

namespace AllBot.Knowledge;

/// <summary>Where the knowledge base is and how relative video links are resolved.</summary>
/// <param name="Path">The knowledge-base folder.</param>
/// <param name="SiteBaseUrl">The site's base URL; relative program URLs are resolved against it.</param>
public sealed record KnowledgeOptions(string Path, Uri? SiteBaseUrl);

/// <summary>
/// The loaded knowledge base with its search index and answer pipeline, built once at start-up and shared.
/// </summary>
public sealed class KnowledgeEngine : IDisposable
{
    private KnowledgeEngine(BotWording wording, IAnswerer answerer)
    {
        Wording = wording;
        Answerer = answerer;
    }

    public BotWording Wording { get; }

    public IAnswerer Answerer { get; }

    /// <summary>Loads, validates and indexes the knowledge base.</summary>
    /// <exception cref="KnowledgeBaseException">The knowledge base has problems; each names its file and line.</exception>
    public static KnowledgeEngine Load(KnowledgeOptions options)
    {
        throw new KnowledgeBaseException([new ContentProblem(options.Path, 0, "not built yet")]);
    }

    public void Dispose()
    {
    }
}
