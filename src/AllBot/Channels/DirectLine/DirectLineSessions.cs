using System.Security.Cryptography;

namespace AllBot.Channels.DirectLine;

/// <summary>A new conversation and the token for it, as a page needs them to open the widget.</summary>
/// <param name="ExpiresIn">Seconds until <paramref name="Token"/> expires.</param>
public sealed record DirectLineSession(string ConversationId, string Token, int ExpiresIn, string UserId);

/// <summary>
/// Direct Line's own way in: starts a conversation for a new visitor (a random <c>dl_</c> user id) and issues its
/// token, as Azure's <c>tokens/generate</c> does for a secret holder. Whoever hosts the page calls it; the channel
/// needs nothing from them.
/// </summary>
public sealed class DirectLineSessions(ConversationStore store, DirectLineTokenService tokens)
{
    /// <returns>The session, or null when every conversation kept is in use (none is ended to make room).</returns>
    public DirectLineSession? Start()
    {
        var conversation = store.Create("dl_" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16)));
        if (conversation is null) return null;
        var issued = tokens.Issue(conversation.Id, conversation.UserId);
        return new DirectLineSession(conversation.Id, issued.Token, issued.ExpiresIn, conversation.UserId);
    }
}
