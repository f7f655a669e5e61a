using AllBot.Knowledge;
using AllBot.Knowledge.Content;
using AllBot.Knowledge.Safety;
using Microsoft.Extensions.Options;

namespace AllBot.Hosting;

/// <summary>
/// Loads the knowledge-base folder, validates it as the <c>check</c> command does (the files, then the red flags' own
/// examples) and publishes it to the <see cref="KnowledgeSource"/>. On a problem it logs every one with its file and
/// line, as <c>check</c> prints them, and the source keeps the content it had (or stays empty at start-up, so
/// <c>/readyz</c> says not ready).
/// </summary>
public sealed class KnowledgePublisher(
    KnowledgeSource source,
    IOptions<KnowledgeBaseSettings> knowledgeBase,
    IOptions<SiteSettings> site,
    IOptions<SafetySettings> safety,
    ILogger<KnowledgePublisher> logger)
{
    // The start-up load and the watcher may both ask; one load at a time keeps the order of publications.
    private readonly Lock gate = new();

    /// <summary>The folder as it was when it was last read (<see cref="FolderFingerprint"/>), published or not.</summary>
    public string? LastRead { get; private set; }

    /// <returns>True when the folder's content is now the current content.</returns>
    public bool TryPublish()
    {
        lock (gate)
        {
            var options = KnowledgeEngineFactory.Options(knowledgeBase.Value, site.Value, safety.Value);
            LastRead = FolderFingerprint.Of(options.Path);
            var engine = TryLoad(options);
            if (engine is null) return false;
            // The same rules as `check`: the red flags must recognise their own examples. And it must really answer.
            var problems = RedFlagExampleCheck.Problems(engine).ToList();
            if (!KnowledgeProbe.Answers(engine)) problems.Add(new ContentProblem(".", 0, "the first passage's heading is not answered with that passage"));
            if (problems.Count > 0)
            {
                engine.Dispose();
                Refuse(options, problems);
                return false;
            }

            source.Publish(engine);
            var content = engine.Content;
            // A reload is news for an operator; the start-up load is not (the console of a start stays quiet).
            logger.Log(source.Version == 1 ? LogLevel.Debug : LogLevel.Information,
                "Knowledge base version {Version} published from {Path}: {Articles} article(s), {Passages} passage(s), {Programs} program(s)",
                source.Version, options.Path, content.Articles.Count, content.Articles.Sum(a => a.Passages.Count), content.Programs.Count);
            return true;
        }
    }

    private KnowledgeEngine? TryLoad(KnowledgeOptions options)
    {
        try
        {
            return KnowledgeEngine.Load(options);
        }
        catch (KnowledgeBaseException e)
        {
            Refuse(options, e.Problems);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The folder changed while it was read (a deploy or checkout in progress); the next change reads it again.
            Refuse(options, [new ContentProblem(".", 0, $"the folder could not be read ({e.GetType().Name})")]);
        }
        return null;
    }

    private void Refuse(KnowledgeOptions options, IReadOnlyList<ContentProblem> problems)
    {
        if (source.IsLoaded)
        {
            logger.LogError("The knowledge base at {Path} has {Count} problem(s); AllBot keeps answering with version {Version}. Fix them and save again:",
                options.Path, problems.Count, source.Version);
        }
        else
        {
            logger.LogCritical("AllBot is not ready: the knowledge base at {Path} has {Count} problem(s). Fix them (the `check` command lists them too):",
                options.Path, problems.Count);
        }
        foreach (var problem in problems) logger.LogError("{Problem}", problem.ToString());
    }
}
