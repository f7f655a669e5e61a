using AllBot.Cards;
using Microsoft.Bot.Schema;

namespace AllBot.Channels;

/// <summary>
/// Applies the channel rules to a <see cref="ReplyPlan"/>: suggested actions only on a text-only message (Teams drops
/// them from a message with attachments), cut to what the channel shows, and replaced by a hero card of buttons
/// where the channel has none.
/// </summary>
public static class ReplyShaper
{
    public static IReadOnlyList<IMessageActivity> Shape(ReplyPlan plan, ChannelCapabilities channel)
    {
        var messages = plan.Messages.ToList();
        foreach (var message in messages)
        {
            if (HasAttachments(message)) message.SuggestedActions = null;
            // An empty list still goes over the wire as "attachments": []; text-only means none at all.
            else message.Attachments = null;
        }
        if (plan.FollowUps.Count == 0) return messages;

        var last = messages.LastOrDefault();
        if (!channel.SuggestedActions)
        {
            var card = Activity.CreateMessageActivity();
            var prompt = last is null || HasAttachments(last) ? plan.FollowUpPrompt : null;
            card.Attachments = [ChoiceCard.Create(prompt, plan.FollowUps)];
            messages.Add(card);
            return messages;
        }

        if (last is null || HasAttachments(last))
        {
            last = ReplyPlan.TextMessage(plan.FollowUpPrompt);
            messages.Add(last);
        }
        last.SuggestedActions = new SuggestedActions
        {
            Actions = plan.FollowUps.Take(channel.MaxSuggestedActions).Select(choice => choice.ToImBack()).ToList(),
        };
        return messages;
    }

    private static bool HasAttachments(IMessageActivity message) => message.Attachments is { Count: > 0 };
}
