using AllBot.Knowledge.Answers;
using BotChannels = Microsoft.Bot.Connector.Channels;
using Microsoft.Bot.Schema;

namespace AllBot.Channels;

/// <summary>The question in an incoming message, as the knowledge engine should see it.</summary>
public static class IncomingText
{
    /// <summary>The engine reads no further than this (<see cref="MessageNormalizer"/>), so no more is passed on or remembered.</summary>
    public const int MaxLength = 2 * MessageNormalizer.MaxLength;

    /// <summary>
    /// The message text, trimmed, and cut at <see cref="MaxLength"/>. In Teams the bot's own @mention
    /// (<c>&lt;at&gt;AllBot&lt;/at&gt;</c>, which group chats and channels always carry) is removed first; non-breaking
    /// spaces Teams puts after it count as spaces.
    /// </summary>
    public static string Question(IMessageActivity activity)
    {
        if (activity.ChannelId == BotChannels.Msteams && !string.IsNullOrEmpty(activity.Text) && HasUsableMentions(activity))
        {
            activity.RemoveRecipientMention();
        }
        var text = (activity.Text ?? string.Empty).Replace("&nbsp;", " ", StringComparison.Ordinal).Replace('\u00A0', ' ').Trim();
        return text.Length > MaxLength ? text[..MaxLength] : text;
    }

    /// <summary>The SDK's mention removal throws on a mention with no account or no text to match: skip those messages.</summary>
    private static bool HasUsableMentions(IMessageActivity activity)
    {
        if (activity.Recipient?.Id is null) return false;
        try
        {
            return activity.GetMentions().All(mention =>
                mention.Mentioned?.Id is not null && (mention.Text is not null || mention.Mentioned.Name is not null));
        }
        catch (Newtonsoft.Json.JsonException)
        {
            return false;
        }
    }
}
