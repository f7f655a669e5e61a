using Microsoft.Bot.Schema;
using BotChannels = Microsoft.Bot.Connector.Channels;

namespace AllBot.Insights;

/// <summary>
/// The channel families the store counts by. A fixed set: without an app id anyone may post any channel id, which
/// would otherwise add rows without end.
/// </summary>
public static class ChannelNames
{
    public const string Other = "other";

    /// <summary>The family of the activity's channel; null for the app's own start-up warm-up, whose turns are nobody's.</summary>
    public static string? Of(IActivity activity) => activity.ChannelId switch
    {
        WarmUp.WarmUpActivity.ChannelId => null,
        BotChannels.Msteams => BotChannels.Msteams,
        BotChannels.Webchat => BotChannels.Webchat,
        BotChannels.Directline => BotChannels.Directline,
        BotChannels.Emulator => BotChannels.Emulator,
        _ => Other,
    };
}
