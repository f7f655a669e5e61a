using AllBot.Knowledge.Answers;
using AllBot.Replies;
using AllBot.Tests.TestDoubles;

namespace AllBot.Tests.Replies;

public sealed class ReplyPlannerTests
{
    private readonly ReplyPlanner planner = new(Canned.Wording);

    [Fact]
    public void An_answer_plans_every_passage_in_order_with_its_source_and_asks_for_a_rating_of_what_it_showed()
    {
        var answer = Canned.Passage("q", videos: [Canned.VideoWithUrl]) with
        {
            Passages = [new PassageResult("p1", "Source one", "Text one", "https://a.org/1", 1f), new PassageResult("p2", "Source two", "Text two", null, 0.5f)],
        };

        var plan = planner.For(answer);

        Assert.Null(plan.Text);
        Assert.Equal([("p1", "Text one", "Source one", "https://a.org/1"), ("p2", "Text two", "Source two", (string?)null)],
            plan.Passages.Select(p => (p.Id, p.Text, p.Source, p.Url)));
        Assert.Equal("VIDEOS-INTRO-TEXT", plan.Videos?.Intro);
        Assert.Equal(["p1", "p2"], plan.Rated?.PassageIds);
        Assert.Equal(["car-t"], plan.Rated?.ProgramIds);
    }

    [Fact]
    public void Two_answers_are_told_apart_by_their_rating_ids()
    {
        Assert.NotEqual(planner.For(Canned.Passage("q")).Rated?.Id, planner.For(Canned.Passage("q")).Rated?.Id);
    }

    [Theory]
    [InlineData(AnswerKind.Urgent)]
    [InlineData(AnswerKind.NoAnswer)]
    [InlineData(AnswerKind.SmallTalk)]
    [InlineData(AnswerKind.Clarify)]
    public void Only_answers_ask_for_a_rating(AnswerKind kind)
    {
        var plan = planner.For(Canned.Passage("q") with { Kind = kind, Reply = "REPLY" });

        Assert.Null(plan.Rated);
        Assert.Empty(plan.Passages);
        Assert.Equal("REPLY", plan.Text);
    }

    [Fact]
    public void The_urgent_reply_stands_alone_without_videos_or_follow_ups()
    {
        var plan = planner.For(Canned.Urgent("q"));

        Assert.Equal("URGENT-TEXT", plan.Text);
        Assert.Null(plan.Videos);
        Assert.Empty(plan.FollowUps);
    }

    [Fact]
    public void A_clarify_question_offers_its_choices_as_follow_ups_none_of_these_last()
    {
        var answer = new Answer("q", AnswerKind.Clarify, "CLARIFY-TEXT", [], [], [new("a", "Label A", "Question A?"), new("none", "NONE-OF-THESE-TEXT", "NONE-OF-THESE-TEXT")], []);

        var plan = planner.For(answer);

        Assert.Equal(["Label A", "NONE-OF-THESE-TEXT"], plan.FollowUps.Select(c => c.Label));
        Assert.Equal("Question A?", plan.FollowUps[0].Value);
        Assert.True(plan.LastFollowUpIsWayOut);
    }

    [Fact]
    public void Other_follow_ups_are_best_first_so_a_smaller_channel_shows_the_first_ones()
    {
        var plan = planner.For(Canned.Passage("q"));

        Assert.False(plan.LastFollowUpIsWayOut);
        Assert.Equal(plan.FollowUps.Take(2), plan.FollowUpsShown(2));
    }
}
