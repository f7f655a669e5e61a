using AllBot.Replies;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace AllBot.Channels.Rendering;

/// <summary>
/// Microsoft Teams. Personal and group chats: passages with inline <c>[1]</c> markers and one schema.org Message entity
/// holding a claim per passage, and an answer asks for thumbs up or down (<c>channelData.feedbackLoop</c>; the rating
/// arrives as a <c>message/submitAction</c> invoke). Team channels show neither, so there each passage ends with its
/// source line, as in the Emulator. Videos are hero cards (Teams renders no video cards). Personal chats show at most
/// 3 suggested actions, never on a message with attachments; group chats and channels show none, so follow-ups are
/// card buttons there.
/// </summary>
public sealed class TeamsRenderer : IReplyRenderer
{
    /// <summary>Teams shows only the first 3 suggested actions.</summary>
    public const int MaxSuggestedActions = 3;

    public static readonly TeamsRenderer Personal = new(suggestedActions: true, citesAndRates: true);

    public static readonly TeamsRenderer GroupChat = new(suggestedActions: false, citesAndRates: true);

    public static readonly TeamsRenderer Channel = new(suggestedActions: false, citesAndRates: false);

    private readonly bool suggestedActions;
    private readonly bool citesAndRates;

    private TeamsRenderer(bool suggestedActions, bool citesAndRates)
    {
        this.suggestedActions = suggestedActions;
        this.citesAndRates = citesAndRates;
    }

    /// <summary>The renderer for a Teams conversation type; Teams leaves it out of some personal-chat activities.</summary>
    public static TeamsRenderer For(string? conversationType) => conversationType switch
    {
        null or "personal" => Personal,
        "channel" => Channel,
        _ => GroupChat,
    };

    public RenderedReply Render(ReplyPlan plan)
    {
        var first = plan.Passages.Count == 0 ? ReplyMessages.PlainText(plan)
            : citesAndRates ? Cited(plan.Passages)
            : PlainRenderer.Sourced(plan.Passages);
        var messages = ReplyMessages.InOrder(plan, first);
        var rated = citesAndRates && messages.Count > 0 ? plan.Rated : null;
        if (rated is not null) messages[0].ChannelData = new JObject { ["feedbackLoop"] = new JObject { ["type"] = "default" } };
        if (suggestedActions) ReplyMessages.SuggestFollowUps(messages, plan, MaxSuggestedActions, onAttachments: false);
        else ReplyMessages.FollowUpCard(messages, plan);
        return new RenderedReply(messages, rated);
    }

    private static Activity Cited(IReadOnlyList<CitedPassage> passages)
    {
        var message = ReplyMessages.Text(CitedText.Of(passages));
        message.Entities = [MessageEntity.Create(passages)];
        return message;
    }
}
