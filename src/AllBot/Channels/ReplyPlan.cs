using AllBot.Cards;
using Microsoft.Bot.Schema;

namespace AllBot.Channels;

/// <summary>
/// What the bot wants to say in one turn, before channel rules are applied: the messages in order, then the choices
/// to offer after the last one.
/// </summary>
/// <param name="Messages">Text messages and card messages, in the order they are said.</param>
/// <param name="FollowUps">Questions the person can tap next, best first.</param>
/// <param name="FollowUpPrompt">Text for a message that carries only the follow-ups, when one is needed.</param>
public sealed record ReplyPlan(IReadOnlyList<IMessageActivity> Messages, IReadOnlyList<Choice> FollowUps, string FollowUpPrompt)
{
    public static ReplyPlan Text(string text, IReadOnlyList<Choice> followUps, string followUpPrompt) =>
        new([TextMessage(text)], followUps, followUpPrompt);

    /// <summary>A text-only message; the text is Markdown-light (bold and links), which every channel renders.</summary>
    public static IMessageActivity TextMessage(string text)
    {
        var message = Activity.CreateMessageActivity();
        message.Text = text;
        message.TextFormat = TextFormatTypes.Markdown;
        message.Attachments = null;
        return message;
    }
}
