using AllBot.Knowledge;
using AllBot.Knowledge.Content;

namespace AllBot.Hosting;

/// <summary>
/// The knowledge engine the host answers with now. A reload publishes a new engine in one step; each request holds a
/// <see cref="KnowledgeLease"/> on the engine it started with, so a turn never sees two versions of the content. An
/// engine is disposed when it is no longer current and its last lease has ended.
/// </summary>
public sealed class KnowledgeSource : IDisposable
{
    private readonly TaskCompletionSource loaded = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private KnowledgeGeneration? current;
    private int published;

    /// <summary>False until the first engine is published; once true it stays true (a reload only replaces).</summary>
    public bool IsLoaded => Volatile.Read(ref current) is not null;

    /// <summary>Completes when the first engine is published.</summary>
    public Task Loaded => loaded.Task;

    /// <summary>How many engines have been published since start-up (1 after the start-up load).</summary>
    public int Version => Volatile.Read(ref published);

    /// <summary>
    /// The current editors' wording, for replies outside a turn's lease (apologies for a failed turn). Wording is plain
    /// data, so reading it needs no lease. Null while nothing is loaded.
    /// </summary>
    public BotWording? Wording => Volatile.Read(ref current)?.Engine.Wording;

    /// <summary>A lease on the current engine; dispose it when the work that uses the engine is done.</summary>
    /// <exception cref="KnowledgeUnavailableException">No knowledge base has loaded yet.</exception>
    public KnowledgeLease Acquire()
    {
        while (true)
        {
            var generation = Volatile.Read(ref current) ?? throw new KnowledgeUnavailableException();
            // Fails only when a reload retired this engine after it was read: the next read finds the new one.
            if (generation.TryAddLease()) return new KnowledgeLease(generation);
        }
    }

    /// <summary>Makes <paramref name="engine"/> current. The previous engine is disposed once its last lease ends.</summary>
    public void Publish(KnowledgeEngine engine)
    {
        var generation = new KnowledgeGeneration(engine);
        Interlocked.Exchange(ref current, generation)?.Release();
        Interlocked.Increment(ref published);
        loaded.TrySetResult();
    }

    public void Dispose() => Interlocked.Exchange(ref current, null)?.Release();
}
