using System.Security.Cryptography;
using AllBot.Knowledge.Answers;
using AllBot.Knowledge.Content;

namespace AllBot.Replies;

/// <summary>Turns the knowledge engine's <see cref="Answer"/> and the editors' wording into a <see cref="ReplyPlan"/>.</summary>
public sealed class ReplyPlanner(BotWording wording)
{
    /// <summary>The welcome offers this many example questions.</summary>
    public const int ExampleCount = 3;

    public ReplyPlan Welcome() => ReplyPlan.Said(wording.Welcome + "\n\n" + wording.Disclaimer, Examples(), wording.FollowUps);

    public ReplyPlan EmptyMessage() => ReplyPlan.Said(wording.EmptyMessage, Examples(), wording.FollowUps);

    /// <summary>The plan for <paramref name="answer"/>; its safety-net line, if any, is said last whatever the kind.</summary>
    public ReplyPlan For(Answer answer) => (answer.Kind switch
    {
        // The emergency reply stands alone: nothing may distract from it, and it asks for no rating.
        AnswerKind.Urgent => ReplyPlan.Said(answer.Reply, [], wording.FollowUps),
        AnswerKind.Answer => Answered(answer),
        // The choices are what is asked, so they are offered as the follow-ups ("none of these" last).
        AnswerKind.Clarify => ReplyPlan.Said(answer.Reply, Choices(answer), wording.FollowUps)
            with { LastFollowUpIsWayOut = true },
        _ => ReplyPlan.Said(answer.Reply, Topics(answer), wording.FollowUps),
    }) with { SafetyNet = answer.SafetyNet };

    private ReplyPlan Answered(Answer answer)
    {
        var passages = answer.Passages.Select(p => new CitedPassage(p.Id, p.Text, p.Source, p.Url)).ToList();
        // With no passage the reply is the editors' videos intro, which the videos say themselves.
        var text = passages.Count == 0 && answer.Videos.Count == 0 ? answer.Reply : null;
        var videos = answer.Videos.Count > 0 ? new VideoList(wording.VideosIntro, answer.Videos) : null;
        var choices = answer.Alternatives.Count > 0
            ? new ChoiceList(wording.DidYouMean, Choices(answer))
            : null;
        var rated = new RatedAnswer(
            Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8)),
            answer.Passages.Select(p => p.Id).ToList(),
            answer.Videos.Select(v => v.Id).ToList());
        return new ReplyPlan(text, passages, videos, choices, null, answer.Suggestions.Select(Choice.Of).ToList(), wording.FollowUps, rated);
    }

    private static List<Choice> Choices(Answer answer) => answer.Alternatives.Select(a => new Choice(a.Label, a.Question)).ToList();

    private List<Choice> Examples() => wording.ExampleQuestions.Take(ExampleCount).Select(Choice.Of).ToList();

    /// <summary>The engine's suggestions, or the editors' topics when it has none.</summary>
    private List<Choice> Topics(Answer answer) =>
        (answer.Suggestions.Count > 0 ? answer.Suggestions : wording.Topics).Select(Choice.Of).ToList();
}
