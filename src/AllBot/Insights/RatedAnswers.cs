using System.Collections.Concurrent;
using AllBot.Replies;

namespace AllBot.Insights;

/// <summary>
/// The answers that asked for a rating, so a thumbs up or down can be counted for what they showed: Teams names the
/// rated message by its id, Web Chat by the id the answer put in its like and dislike actions. Ids of passages and
/// programs only, nothing anyone typed; in memory, for <see cref="Lifetime"/>, at most <see cref="MaxAnswers"/>
/// (the oldest go first). A rating for an answer not (or no longer) here is not counted: anyone can send one.
/// </summary>
public sealed class RatedAnswers(TimeProvider time)
{
    public const int MaxAnswers = 20_000;
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(24);

    private readonly ConcurrentDictionary<(string Conversation, string Key), Entry> entries = new();

    public int Count => entries.Count;

    /// <summary>Remembers <paramref name="rated"/> under each of <paramref name="keys"/> in <paramref name="conversation"/>.</summary>
    public void Remember(string conversation, RatedAnswer rated, params IEnumerable<string?> keys)
    {
        var entry = new Entry(rated, time.GetUtcNow());
        foreach (var key in keys)
        {
            if (!string.IsNullOrEmpty(key)) entries[(conversation, key)] = entry;
        }
        if (entries.Count > MaxAnswers) Trim();
    }

    /// <summary>
    /// Records <paramref name="like"/> as the latest rating of the answer <paramref name="key"/> names.
    /// </summary>
    /// <returns>The answer and the rating it had before (null: none), or null when the key names no answer kept here.</returns>
    public (RatedAnswer Answer, bool? Before)? Rate(string conversation, string key, bool like)
    {
        if (!entries.TryGetValue((conversation, key), out var entry) || time.GetUtcNow() - entry.At > Lifetime) return null;
        var before = entry.Swap(like);
        return (entry.Answer, before);
    }

    private void Trim()
    {
        var cutoff = time.GetUtcNow() - Lifetime;
        foreach (var (key, entry) in entries)
        {
            if (entry.At < cutoff) entries.TryRemove(KeyValuePair.Create(key, entry));
        }
        var excess = entries.Count - MaxAnswers * 9 / 10;
        if (excess <= 0) return;
        foreach (var (key, entry) in entries.OrderBy(e => e.Value.At).Take(excess).ToList())
            entries.TryRemove(KeyValuePair.Create(key, entry));
    }

    /// <summary>One answer (shared by its keys) and its latest rating.</summary>
    private sealed class Entry(RatedAnswer answer, DateTimeOffset at)
    {
        private int rating;

        public RatedAnswer Answer { get; } = answer;

        public DateTimeOffset At { get; } = at;

        /// <summary>Sets the latest rating; returns the one before (null: none).</summary>
        public bool? Swap(bool like)
        {
            var before = Interlocked.Exchange(ref rating, like ? 1 : -1);
            return before == 0 ? null : before == 1;
        }
    }
}
