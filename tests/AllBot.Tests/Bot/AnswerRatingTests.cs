using AllBot.Insights;
using AllBot.Tests.TestDoubles;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace AllBot.Tests.Bot;

/// <summary>What the bot counts for the editors: each turn's outcome, and ratings of the answers it gave.</summary>
public sealed class AnswerRatingTests
{
    private static BotTurn WebChat(FakeAnswerer answerer) => new(answerer, new ConversationReference
    {
        ChannelId = "webchat",
        ServiceUrl = "urn:allbot:directline",
        User = new ChannelAccount("dl_user", role: RoleTypes.User),
        Bot = new ChannelAccount("allbot", "AllBot"),
        Conversation = new ConversationAccount(id: "dl-conversation"),
    });

    private static Activity WebChatFeedback(string type, string? id) => new(ActivityTypes.Event)
    {
        Name = "webchat:activity-status/feedback",
        Entities = [new Entity { Properties = new JObject { ["@type"] = type, ["@id"] = id } }],
    };

    private static string RatedId(Activity answer) =>
        ((string)answer.Entities.Single().Properties["potentialAction"]![0]!["@id"]!).Split('/')[0];

    [Fact]
    public async Task A_turn_is_counted_with_its_outcome_channel_and_what_it_showed_but_not_its_text()
    {
        var turn = new BotTurn(new FakeAnswerer().Returns(Canned.Passage("what is all", videos: [Canned.VideoWithUrl])));

        await turn.SayAsync("what is all");

        var recorded = Assert.IsType<TurnRecorded>(Assert.Single(turn.Recorded()));
        Assert.Equal(("emulator", "answer"), (recorded.Channel, recorded.Outcome));
        Assert.Equal(["p1"], recorded.PassageIds);
        Assert.Equal(["car-t"], recorded.ProgramIds);
        Assert.DoesNotContain("what is all", recorded.ToString());
    }

    [Fact]
    public async Task An_unanswered_question_is_counted_but_its_text_is_not_kept_by_default()
    {
        var turn = new BotTurn();

        await turn.SayAsync("my unanswered question");

        var recorded = Assert.IsType<TurnRecorded>(Assert.Single(turn.Recorded()));
        Assert.Equal("no_answer", recorded.Outcome);
    }

    [Fact]
    public async Task A_web_chat_like_is_counted_for_the_passages_and_programs_the_answer_showed()
    {
        var turn = WebChat(new FakeAnswerer().Returns(Canned.Passage("q", videos: [Canned.VideoWithUrl])));
        var answer = (await turn.SayAsync("q")).First(a => a.Entities?.Count > 0);
        turn.Recorded();

        var replies = await turn.SendAsync(WebChatFeedback("LikeAction", RatedId(answer) + "/like"));

        Assert.Empty(replies);
        var rating = Assert.IsType<RatingRecorded>(Assert.Single(turn.Recorded()));
        Assert.Equal(("webchat", true, (bool?)null), (rating.Channel, rating.Like, rating.Replaces));
        Assert.Equal(["p1"], rating.PassageIds);
        Assert.Equal(["car-t"], rating.ProgramIds);
    }

    [Fact]
    public async Task Changing_a_like_to_a_dislike_takes_the_like_back_and_a_repeated_click_counts_once()
    {
        var turn = WebChat(new FakeAnswerer().Returns(Canned.Passage("q")));
        var id = RatedId((await turn.SayAsync("q")).First(a => a.Entities?.Count > 0));
        turn.Recorded();

        await turn.SendAsync(WebChatFeedback("LikeAction", id + "/like"));
        await turn.SendAsync(WebChatFeedback("LikeAction", id + "/like"));
        await turn.SendAsync(WebChatFeedback("DislikeAction", id + "/dislike"));

        var ratings = turn.Recorded().Cast<RatingRecorded>().ToList();
        Assert.Equal([(true, (bool?)null), (false, true)], ratings.Select(r => (r.Like, r.Replaces)));
    }

    [Theory]
    [InlineData("LikeAction", "not-an-answer/like")]
    [InlineData("LikeAction", null)]
    [InlineData("SomethingElse", "x/like")]
    public async Task A_rating_of_no_answer_this_bot_gave_here_is_not_counted(string type, string? id)
    {
        var turn = WebChat(new FakeAnswerer().Returns(Canned.Passage("q")));
        await turn.SayAsync("q");
        turn.Recorded();

        await turn.SendAsync(WebChatFeedback(type, id));

        Assert.Empty(turn.Recorded());
    }

    [Fact]
    public async Task A_teams_rating_of_a_message_that_asked_for_none_is_not_counted()
    {
        var turn = new BotTurn(new FakeAnswerer().Returns(Canned.Passage("q")), BotTurn.Teams("personal"));
        await turn.SayAsync("q");
        turn.Recorded();
        var invoke = new Activity(ActivityTypes.Invoke)
        {
            Name = "message/submitAction",
            ReplyToId = "unknown-id",
            Value = JObject.Parse("""{"actionName":"feedback","actionValue":{"reaction":"dislike","feedback":"{\"feedbackText\":\"words\"}"}}"""),
        };

        await turn.SendAsync(invoke);

        Assert.Empty(turn.Recorded());
    }

    [Fact]
    public async Task Urgent_replies_small_talk_and_no_answer_leave_nothing_to_rate()
    {
        var answerer = new FakeAnswerer().Returns(Canned.Urgent("u")).Returns(Canned.SmallTalk("hi"));
        var turn = WebChat(answerer);

        var replies = (await turn.SayAsync("u")).Concat(await turn.SayAsync("hi")).Concat(await turn.SayAsync("nothing"));

        Assert.All(replies, reply => Assert.Empty(reply.Entities ?? []));
        Assert.Equal(0, turn.RatedAnswers.Count);
    }

    [Fact]
    public async Task The_start_up_warm_up_turns_are_not_counted()
    {
        var turn = new BotTurn(conversation: new ConversationReference
        {
            ChannelId = "warm-up", ServiceUrl = "http://127.0.0.1:9/", User = new ChannelAccount("warm-up"), Bot = new ChannelAccount("allbot"),
            Conversation = new ConversationAccount(id: "warm-up"),
        });

        await turn.SayAsync("what is ALL?");

        Assert.Empty(turn.Recorded());
    }
}
