using Microsoft.Bot.Schema;
using BotChannels = Microsoft.Bot.Connector.Channels;

namespace AllBot.Channels.Rendering;

/// <summary>Chooses the renderer for the channel an activity came from.</summary>
public static class ReplyRenderers
{
    private static readonly PlainRenderer Plain = new();
    private static readonly WebChatRenderer WebChat = new();

    public static IReplyRenderer For(IActivity activity) => activity.ChannelId switch
    {
        BotChannels.Msteams => TeamsRenderer.For(activity.Conversation?.ConversationType),
        // The built-in Direct Line and Azure's Web Chat say "webchat"; Azure's Direct Line channel says "directline".
        BotChannels.Webchat or BotChannels.Directline => WebChat,
        _ => Plain,
    };
}
