using AllBot.Replies;
using Microsoft.Bot.Schema;

namespace AllBot.Channels.Rendering;

/// <summary>
/// Web Chat (4.18.1) over Direct Line, the built-in channel or Azure's. Passages carry inline <c>[1]</c> markers, the
/// Markdown reference definitions Web Chat turns into a footnote list, and the schema.org Message entity with a claim
/// per passage; an answer's entity also offers like and dislike, whose <c>@id</c> names the answer (the widget's
/// feedback event says nothing else about what was rated). Follow-ups are suggested actions on the last message, cards
/// or not: Web Chat shows them above the send box and drops them with the next message, so a message of their own
/// would stay behind as an empty "You could also ask:" bubble.
/// </summary>
public sealed class WebChatRenderer : IReplyRenderer
{
    /// <summary>Suggested actions are kept short.</summary>
    public const int MaxSuggestedActions = 5;

    public RenderedReply Render(ReplyPlan plan)
    {
        var first = plan.Passages.Count > 0 ? ReplyMessages.Text(Footnoted(plan.Passages)) : ReplyMessages.PlainText(plan);
        var messages = ReplyMessages.InOrder(plan, first);
        var rated = messages.Count > 0 ? plan.Rated : null;
        if (plan.Passages.Count > 0 || rated is not null)
        {
            messages[0].Entities = [MessageEntity.Create(plan.Passages, rated?.Id)];
        }
        ReplyMessages.SuggestFollowUps(messages, plan, MaxSuggestedActions, onAttachments: true);
        return new RenderedReply(messages, rated);
    }

    /// <summary>The passages with their markers, then a reference definition per marker: <c>[1]: https://... "Title"</c>.</summary>
    private static string Footnoted(IReadOnlyList<CitedPassage> passages)
    {
        var definitions = passages.Select((passage, index) =>
        {
            var target = Uri.TryCreate(passage.Url, UriKind.Absolute, out var url) && url.Scheme is "https" or "http"
                ? url.ToString()
                // Web Chat's form for a claim without an address: it shows the claim's abstract instead.
                : $"cite:{index + 1}";
            return $"[{index + 1}]: {target} \"{passage.Source.Replace("\"", "\\\"", StringComparison.Ordinal)}\"";
        });
        return CitedText.Of(passages) + "\n\n" + string.Join("\n", definitions);
    }
}
