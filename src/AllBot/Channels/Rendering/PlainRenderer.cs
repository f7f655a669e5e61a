using AllBot.Replies;
using Microsoft.Bot.Schema;

namespace AllBot.Channels.Rendering;

/// <summary>
/// The Bot Framework Emulator and channels AllBot does not know: each passage ends with a plain "Source: title" line
/// (a link), no entities, no rating; follow-ups as suggested actions, on a message of their own after a card.
/// </summary>
public sealed class PlainRenderer : IReplyRenderer
{
    /// <summary>Suggested actions are kept short.</summary>
    public const int MaxSuggestedActions = 5;

    public RenderedReply Render(ReplyPlan plan)
    {
        var first = plan.Passages.Count > 0 ? Sourced(plan.Passages) : ReplyMessages.PlainText(plan);
        var messages = ReplyMessages.InOrder(plan, first);
        ReplyMessages.SuggestFollowUps(messages, plan, MaxSuggestedActions, onAttachments: false);
        return new RenderedReply(messages, null);
    }

    /// <summary>Each passage followed by its "Source: title" line, the title a link to the article when it has an address.</summary>
    public static Activity Sourced(IReadOnlyList<CitedPassage> passages) =>
        ReplyMessages.Text(string.Join("\n\n", passages.Select(p => $"{p.Text}\n\nSource: {(p.Url is { } url ? $"[{p.Source}]({url})" : p.Source)}")));
}
