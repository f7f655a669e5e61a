using AllBot.Cards;
using AllBot.Channels;
using AllBot.Knowledge.Answers;
using AllBot.Knowledge.Content;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace AllBot.Bot;

/// <summary>Turns the knowledge engine's <see cref="Answer"/> and the editors' wording into a <see cref="ReplyPlan"/>.</summary>
public sealed class AnswerReplies(BotWording wording)
{
    /// <summary>The welcome offers this many example questions.</summary>
    public const int ExampleCount = 3;

    public ReplyPlan Welcome() =>
        ReplyPlan.Text(wording.Welcome + "\n\n" + wording.Disclaimer, Examples(), wording.FollowUps);

    public ReplyPlan EmptyMessage() => ReplyPlan.Text(wording.EmptyMessage, Examples(), wording.FollowUps);

    public ReplyPlan For(Answer answer) => WithSafetyNet(answer, answer.Kind switch
    {
        // The emergency reply stands alone: nothing may distract from it.
        AnswerKind.Urgent => ReplyPlan.Text(answer.Reply, [], wording.FollowUps),
        AnswerKind.Answer => WithCards(answer),
        // The choices are what is asked, so they are offered as the follow-ups ("none of these" last).
        AnswerKind.Clarify => ReplyPlan.Text(answer.Reply, answer.Alternatives.Select(a => new Choice(a.Label, a.Question)).ToList(), wording.FollowUps),
        _ => ReplyPlan.Text(answer.Reply, Topics(answer), wording.FollowUps),
    });

    /// <summary>The safety-net line is said last, on its own, so it is the last thing read (and carries the follow-ups).</summary>
    private static ReplyPlan WithSafetyNet(Answer answer, ReplyPlan plan) =>
        answer.SafetyNet is { } line ? plan with { Messages = [.. plan.Messages, ReplyPlan.TextMessage(line)] } : plan;

    private ReplyPlan WithCards(Answer answer)
    {
        // With no passage, the reply is the editors' videos intro, which the carousel below already says.
        var messages = new List<IMessageActivity>();
        if (answer.Passages.Count > 0 || answer.Videos.Count == 0) messages.Add(ReplyPlan.TextMessage(answer.Reply));
        if (answer.Videos.Count > 0)
        {
            var videos = MessageFactory.Carousel(answer.Videos.Select(VideoHeroCard.Create), wording.VideosIntro);
            videos.TextFormat = TextFormatTypes.Markdown;
            messages.Add(videos);
        }
        if (answer.Alternatives.Count > 0)
        {
            var choices = answer.Alternatives.Select(alternative => new Choice(alternative.Label, alternative.Question));
            messages.Add(MessageFactory.Attachment(ChoiceCard.Create(wording.DidYouMean, choices)));
        }
        return new ReplyPlan(messages, answer.Suggestions.Select(Choice.Of).ToList(), wording.FollowUps);
    }

    private List<Choice> Examples() => wording.ExampleQuestions.Take(ExampleCount).Select(Choice.Of).ToList();

    /// <summary>The engine's suggestions, or the editors' topics when it has none.</summary>
    private List<Choice> Topics(Answer answer) =>
        (answer.Suggestions.Count > 0 ? answer.Suggestions : wording.Topics).Select(Choice.Of).ToList();
}
