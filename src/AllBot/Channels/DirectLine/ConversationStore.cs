using System.Collections.Concurrent;
using System.Security.Cryptography;
using Microsoft.Extensions.Options;

namespace AllBot.Channels.DirectLine;

/// <summary>
/// The conversations held in memory. Bounded: at most <see cref="DirectLineOptions.MaxConversations"/>, and idle ones
/// are removed by <see cref="RemoveIdle"/>. Making room never ends a conversation in use (see
/// <see cref="DirectLineOptions.MaxConversations"/>), so a flood of new conversations cannot push out live chats.
/// </summary>
public sealed class ConversationStore(IOptions<DirectLineOptions> options, TimeProvider time)
{
    /// <summary>
    /// How long a new conversation is kept for its page to open it (the page asks within a second, a slow phone
    /// within a few). Short, so a flood of tokens nobody uses soon gives its places up again.
    /// </summary>
    public static readonly TimeSpan OpeningGrace = TimeSpan.FromSeconds(10);

    private readonly ConcurrentDictionary<string, DirectLineConversation> conversations = new(StringComparer.Ordinal);
    private readonly object createGate = new();
    private readonly DirectLineOptions limits = options.Value;

    public int Count => conversations.Count;

    /// <summary>Creates a conversation with an unguessable id for the visitor <paramref name="userId"/>.</summary>
    /// <returns>The conversation, or null when the store is full of conversations in use.</returns>
    public DirectLineConversation? Create(string userId)
    {
        var now = time.GetUtcNow();
        lock (createGate)
        {
            if (conversations.Count >= limits.MaxConversations && !EndOneToMakeRoom(now)) return null;
            var conversation = new DirectLineConversation(NewId(), userId, limits, now);
            conversations[conversation.Id] = conversation;
            return conversation;
        }
    }

    /// <summary>Finds a conversation and marks it used (and opened) now; null when unknown, ended or expired.</summary>
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

    /// <summary>
    /// Ends the conversation that can best give up its place: one never opened (and older than
    /// <see cref="OpeningGrace"/>), oldest first; else one opened but quiet (no stream, no request within the active
    /// window), longest idle first. Never one in use.
    /// </summary>
    private bool EndOneToMakeRoom(DateTimeOffset now)
    {
        var quietSince = now - limits.ActiveWindow;
        var unopenedSince = now - OpeningGrace;
        var victim = conversations.Values
            .Where(c => c.Opened ? c.LastUsed < quietSince && !c.HasOpenStreams : c.LastUsed < unopenedSince)
            .MinBy(c => (c.Opened, c.LastUsed));
        if (victim is null || !conversations.TryRemove(victim.Id, out _)) return false;
        victim.End();
        return true;
    }

    // 128 random bits, URL-safe: ids travel in paths and must not be guessable.
    private static string NewId() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
}
