using BotChannels = Microsoft.Bot.Connector.Channels;
using Microsoft.Bot.Schema;

namespace AllBot.Channels;

/// <summary>What a channel can show, decided from the incoming activity's channel id and conversation type.</summary>
/// <param name="SuggestedActions">Whether suggested actions (tap-able replies under the last message) are shown.</param>
/// <param name="MaxSuggestedActions">How many of them are shown; extra ones are dropped, not hidden.</param>
public sealed record ChannelCapabilities(bool SuggestedActions, int MaxSuggestedActions)
{
    /// <summary>The Emulator, Web Chat and Direct Line: suggested actions, kept short.</summary>
    public static readonly ChannelCapabilities Default = new(SuggestedActions: true, MaxSuggestedActions: 5);

    /// <summary>Teams personal chat: only the first 3 suggested actions show.</summary>
    public static readonly ChannelCapabilities TeamsPersonal = new(SuggestedActions: true, MaxSuggestedActions: 3);

    /// <summary>Teams group chats and channels: no suggested actions, so choices go on a hero card.</summary>
    public static readonly ChannelCapabilities TeamsShared = new(SuggestedActions: false, MaxSuggestedActions: 0);

    public static ChannelCapabilities For(IActivity activity)
    {
        if (activity.ChannelId != BotChannels.Msteams) return Default;
        var conversationType = activity.Conversation?.ConversationType;
        // Teams leaves conversationType out of some personal-chat activities; only group chats and channels set others.
        return conversationType is null || conversationType == "personal" ? TeamsPersonal : TeamsShared;
    }
}
