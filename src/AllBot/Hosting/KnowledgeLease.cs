using AllBot.Knowledge;

namespace AllBot.Hosting;

/// <summary>
/// Use of one published engine by one piece of work (a request, a readiness probe). Disposing it ends the use; the
/// engine stays usable until then even when a reload has replaced it.
/// </summary>
public sealed class KnowledgeLease : IDisposable
{
    private KnowledgeGeneration? generation;

    internal KnowledgeLease(KnowledgeGeneration generation) => this.generation = generation;

    public KnowledgeEngine Engine => (generation ?? throw new ObjectDisposedException(nameof(KnowledgeLease))).Engine;

    public void Dispose() => Interlocked.Exchange(ref generation, null)?.Release();
}

/// <summary>
/// A published engine and how many holders it has: the <see cref="KnowledgeSource"/> while it is current, plus one per
/// open lease. The last release disposes the engine; after that no lease can be added.
/// </summary>
internal sealed class KnowledgeGeneration(KnowledgeEngine engine)
{
    private int holders = 1;

    public KnowledgeEngine Engine { get; } = engine;

    public bool TryAddLease()
    {
        var seen = Volatile.Read(ref holders);
        while (seen > 0)
        {
            var before = Interlocked.CompareExchange(ref holders, seen + 1, seen);
            if (before == seen) return true;
            seen = before;
        }
        return false;
    }

    public void Release()
    {
        if (Interlocked.Decrement(ref holders) == 0) Engine.Dispose();
    }
}
