using AllBot.Cards;
using AllBot.Replies;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace AllBot.Channels.Rendering;

/// <summary>The messages every renderer builds alike, and the two ways follow-ups are offered.</summary>
public static class ReplyMessages
{
    /// <summary>A text-only message; the text is Markdown-light (bold and links), which every channel renders.</summary>
    public static Activity Text(string text)
    {
        var message = MessageFactory.Text(text);
        message.TextFormat = TextFormatTypes.Markdown;
        // An empty list still goes over the wire as "attachments": []; text-only means none at all.
        message.Attachments = null;
        return (Activity)message;
    }

    /// <summary>
    /// The plan's messages in the order they are said: <paramref name="first"/> (what the renderer wrote for the text or
    /// the passages; null when the plan has neither), the videos, the choices, the safety net.
    /// </summary>
    public static List<Activity> InOrder(ReplyPlan plan, Activity? first)
    {
        var messages = new List<Activity>();
        if (first is not null) messages.Add(first);
        if (plan.Videos is { } videos)
        {
            var carousel = (Activity)MessageFactory.Carousel(videos.Programs.Select(VideoHeroCard.Create), videos.Intro);
            carousel.TextFormat = TextFormatTypes.Markdown;
            messages.Add(carousel);
        }
        if (plan.Choices is { } choices) messages.Add((Activity)MessageFactory.Attachment(ChoiceCard.Create(choices.Prompt, choices.Choices)));
        if (plan.SafetyNet is { } line) messages.Add(Text(line));
        return messages;
    }

    /// <summary>
    /// The follow-ups as suggested actions (at most <paramref name="max"/>) on the last message. Where the channel shows
    /// none on a message with attachments (<paramref name="onAttachments"/> false: Teams), a message with attachments
    /// is followed by a text-only one that introduces them.
    /// </summary>
    public static void SuggestFollowUps(List<Activity> messages, ReplyPlan plan, int max, bool onAttachments)
    {
        if (plan.FollowUps.Count == 0) return;
        var last = messages.LastOrDefault();
        if (last is null || (!onAttachments && last.Attachments is { Count: > 0 }))
        {
            last = Text(plan.FollowUpPrompt);
            messages.Add(last);
        }
        last.SuggestedActions = new SuggestedActions { Actions = plan.FollowUpsShown(max).Select(ChoiceCard.ImBack).ToList() };
    }

    /// <summary>The follow-ups as buttons on a hero card of their own, for channels without suggested actions.</summary>
    public static void FollowUpCard(List<Activity> messages, ReplyPlan plan)
    {
        if (plan.FollowUps.Count == 0) return;
        var last = messages.LastOrDefault();
        // After text the buttons need no introduction; after a card they do.
        var prompt = last is null || last.Attachments is { Count: > 0 } ? plan.FollowUpPrompt : null;
        messages.Add((Activity)MessageFactory.Attachment(ChoiceCard.Create(prompt, plan.FollowUps)));
    }

    /// <summary>The plan's own text, when it has no passages.</summary>
    public static Activity? PlainText(ReplyPlan plan) => plan.Text is { } text ? Text(text) : null;
}
