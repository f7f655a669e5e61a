using System.Collections.Concurrent;
using AllBot.Knowledge.Answers;

namespace AllBot.Knowledge.Conversations;

/// <summary>
/// The previous message of each conversation and what it was answered, so the next message can be read with it
/// ("he's on chemo", then "38.5"; "tell me more"). In memory only, for a conversation's life: an entry is forgotten
/// after <see cref="IdleTimeout"/> without a message, and the oldest are dropped beyond <see cref="MaxConversations"/>.
/// What people typed is never written anywhere from here. Safe to share between threads.
/// </summary>
public sealed class ConversationMemory(TimeProvider clock, int maxConversations = ConversationMemory.DefaultMaxConversations, TimeSpan? idleTimeout = null)
{
    public const int DefaultMaxConversations = 10_000;
    public static readonly TimeSpan DefaultIdleTimeout = TimeSpan.FromMinutes(30);

    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);

    public int MaxConversations { get; } = maxConversations;

    public TimeSpan IdleTimeout { get; } = idleTimeout ?? DefaultIdleTimeout;

    /// <summary>How many conversations are remembered now.</summary>
    public int Count => _entries.Count;

    /// <summary>The conversation's previous turn, or null when there is none or it is too old.</summary>
    public PreviousTurn? Previous(string conversation)
    {
        if (!_entries.TryGetValue(conversation, out var entry)) return null;
        if (clock.GetUtcNow() - entry.At <= IdleTimeout) return entry.Turn;
        _entries.TryRemove(KeyValuePair.Create(conversation, entry));
        return null;
    }

    /// <summary>Remembers <paramref name="turn"/> as the conversation's previous turn, replacing the one before.</summary>
    public void Remember(string conversation, PreviousTurn turn)
    {
        _entries[conversation] = new Entry(turn, clock.GetUtcNow());
        if (_entries.Count > MaxConversations) Trim();
    }

    /// <summary>Forgets a conversation (it ended).</summary>
    public void Forget(string conversation) => _entries.TryRemove(conversation, out _);

    /// <summary>Drops the idle conversations, then the oldest, until a tenth of the room is free again.</summary>
    private void Trim()
    {
        var now = clock.GetUtcNow();
        foreach (var (key, entry) in _entries)
        {
            if (now - entry.At > IdleTimeout) _entries.TryRemove(KeyValuePair.Create(key, entry));
        }
        var excess = _entries.Count - MaxConversations * 9 / 10;
        if (excess <= 0) return;
        foreach (var (key, entry) in _entries.OrderBy(e => e.Value.At).Take(excess).ToList())
            _entries.TryRemove(KeyValuePair.Create(key, entry));
    }

    private sealed record Entry(PreviousTurn Turn, DateTimeOffset At);
}
