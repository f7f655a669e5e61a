namespace AllBot.Knowledge.Search;

/// <summary>
/// A ranked result. <see cref="Coverage"/> is the share (0..1) of the question's concepts found in this result,
/// which, unlike the BM25 <see cref="Score"/>, means the same for short and long questions.
/// </summary>
public sealed record SearchHit<T>(T Item, float Score, double Coverage);
