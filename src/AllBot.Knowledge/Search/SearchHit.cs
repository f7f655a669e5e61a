namespace AllBot.Knowledge.Search;

/// <summary>
/// A ranked result. <see cref="Coverage"/> is the share (0..1) of the question's concepts found in this result,
/// which, unlike the BM25 <see cref="Score"/>, means the same for short and long questions; <see cref="Found"/> says
/// how surely each concept, in the question's order, is in it (0 when it is not).
/// </summary>
public sealed record SearchHit<T>(T Item, float Score, double Coverage, IReadOnlyList<float> Found)
{
    /// <summary>How surely this result holds <paramref name="concept"/> (one of the concepts it was searched with).</summary>
    public float Holds(int concept) => Found[concept];
}
