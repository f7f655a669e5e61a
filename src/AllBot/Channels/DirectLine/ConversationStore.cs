using System.Collections.Concurrent;
using System.Security.Cryptography;
using Microsoft.Extensions.Options;

namespace AllBot.Channels.DirectLine;

/// <summary>
/// The conversations held in memory. Bounded: at most <see cref="DirectLineOptions.MaxConversations"/> (the longest
/// idle one is ended to make room) and idle ones are removed by <see cref="RemoveIdle"/>.
/// </summary>
public sealed class ConversationStore(IOptions<DirectLineOptions> options, TimeProvider time)
{
    private readonly ConcurrentDictionary<string, DirectLineConversation> conversations = new(StringComparer.Ordinal);
    private readonly object createGate = new();
    private readonly DirectLineOptions limits = options.Value;

    public int Count => conversations.Count;

    /// <summary>Creates a conversation with an unguessable id for the visitor <paramref name="userId"/>.</summary>
    public DirectLineConversation Create(string userId)
    {
        var conversation = new DirectLineConversation(NewId(), userId, limits.MaxActivitiesPerConversation, time.GetUtcNow());
        lock (createGate)
        {
            while (conversations.Count >= limits.MaxConversations && EvictLongestIdle())
            {
            }
            conversations[conversation.Id] = conversation;
        }
        return conversation;
    }

    /// <summary>Finds a conversation and marks it used now; null when unknown, ended or expired.</summary>
    public DirectLineConversation? Use(string id)
    {
        if (!conversations.TryGetValue(id, out var conversation)) return null;
        conversation.Touch(time.GetUtcNow());
        return conversation;
    }

    /// <summary>Finds a conversation without marking it used (for the bot's own replies).</summary>
    public DirectLineConversation? Find(string id) => conversations.GetValueOrDefault(id);

    /// <summary>Ends and removes conversations idle for longer than the configured timeout.</summary>
    /// <returns>How many were removed.</returns>
    public int RemoveIdle()
    {
        var cutoff = time.GetUtcNow() - limits.ConversationIdleTimeout;
        var removed = 0;
        foreach (var (id, conversation) in conversations)
        {
            if (conversation.LastUsed < cutoff && conversations.TryRemove(id, out _))
            {
                conversation.End();
                removed++;
            }
        }
        return removed;
    }

    private bool EvictLongestIdle()
    {
        var oldest = conversations.Values.MinBy(c => c.LastUsed);
        if (oldest is null || !conversations.TryRemove(oldest.Id, out _)) return false;
        oldest.End();
        return true;
    }

    // 128 random bits, URL-safe: ids travel in paths and must not be guessable.
    private static string NewId() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
}
