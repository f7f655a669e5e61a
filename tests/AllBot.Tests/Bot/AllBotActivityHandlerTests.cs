using AllBot.Cards;
using AllBot.Knowledge.Answers;
using AllBot.Tests.TestDoubles;
using Microsoft.Bot.Schema;

namespace AllBot.Tests.Bot;

public sealed class AllBotActivityHandlerTests
{
    private static readonly ChannelAccount Person = new("user1", "User");
    private static readonly ChannelAccount TheBot = new("bot1", "AllBot");

    [Fact]
    public async Task A_person_joining_is_welcomed_with_the_disclaimer_and_three_example_questions()
    {
        var replies = await new BotTurn().MembersAddedAsync(TheBot, Person);

        var welcome = Assert.Single(replies);
        Assert.Contains("WELCOME-TEXT", welcome.Text);
        Assert.Contains("DISCLAIMER-TEXT", welcome.Text);
        Assert.Equal(["Example one?", "Example two?", "Example three?"], welcome.SuggestedActions.Actions.Select(a => a.Value as string));
        Assert.All(welcome.SuggestedActions.Actions, action => Assert.Equal(ActionTypes.ImBack, action.Type));
    }

    [Fact]
    public async Task The_bot_joining_alone_gets_no_welcome()
    {
        Assert.Empty(await new BotTurn().MembersAddedAsync(TheBot));
    }

    [Fact]
    public async Task An_answer_is_typing_then_the_passage_then_video_cards_then_follow_ups_on_a_text_message()
    {
        var turn = new BotTurn(new FakeAnswerer().Returns(Canned.Passage("q", videos: [Canned.VideoWithUrl, Canned.VideoWithoutUrl])));

        var replies = await turn.SayAsync("q");

        Assert.Equal([ActivityTypes.Typing, ActivityTypes.Message, ActivityTypes.Message, ActivityTypes.Message], replies.Select(r => r.Type));
        Assert.Equal("PASSAGE-TEXT\n\nSource: SOURCE-TITLE", replies[1].Text);
        Assert.Null(replies[1].SuggestedActions);
        var videos = replies[2];
        Assert.Equal("VIDEOS-INTRO-TEXT", videos.Text);
        Assert.Equal(AttachmentLayoutTypes.Carousel, videos.AttachmentLayout);
        Assert.Equal([HeroCard.ContentType, HeroCard.ContentType], videos.Attachments.Select(a => a.ContentType));
        Assert.Null(videos.SuggestedActions);
        var followUps = replies[3];
        Assert.Empty(followUps.Attachments ?? []);
        Assert.False(string.IsNullOrWhiteSpace(followUps.Text));
        Assert.Equal(["Follow one?", "Follow two?", "Follow three?", "Follow four?"], followUps.SuggestedActions.Actions.Select(a => a.Value as string));
    }

    [Fact]
    public async Task The_safety_net_line_is_said_last_and_carries_the_follow_ups()
    {
        var turn = new BotTurn(new FakeAnswerer().Returns(Canned.WithSafetyNet(Canned.Passage("q", videos: [Canned.VideoWithUrl]))));

        var replies = await turn.SayAsync("q");

        var last = replies[^1];
        Assert.Equal("SAFETY-NET-TEXT", last.Text);
        Assert.Equal(4, last.SuggestedActions.Actions.Count);
        Assert.DoesNotContain(replies.SkipLast(1), reply => reply.Text == "SAFETY-NET-TEXT");
    }

    [Fact]
    public async Task Each_message_is_answered_after_the_previous_one_of_the_same_conversation()
    {
        var turn = new BotTurn();

        await turn.SayAsync("my son is on chemo");
        await turn.SayAsync("his temp is 38.5");

        Assert.Equal([null, "my son is on chemo"], turn.Answerer.PreviousMessages);
    }

    [Fact]
    public async Task Another_conversation_does_not_see_the_previous_message()
    {
        var memory = new AllBot.Knowledge.Conversations.ConversationMemory(TimeProvider.System);
        var answerer = new FakeAnswerer();
        var first = new BotTurn(answerer, memory: memory);
        var second = new BotTurn(answerer, new ConversationReference
        {
            ChannelId = "emulator", ServiceUrl = "https://test.invalid", User = new ChannelAccount("user2"), Bot = new ChannelAccount("bot1"),
            Conversation = new ConversationAccount(id: "convo2"),
        }, memory);

        await first.SayAsync("my son is on chemo");
        await second.SayAsync("his temp is 38.5");

        Assert.Equal([null, null], answerer.PreviousMessages);
    }

    [Fact]
    public async Task An_answer_without_cards_carries_its_follow_ups_on_the_passage()
    {
        var replies = await new BotTurn(new FakeAnswerer().Returns(Canned.Passage("q"))).SayAsync("q");

        Assert.Equal(2, replies.Count);
        Assert.Equal("PASSAGE-TEXT\n\nSource: SOURCE-TITLE", replies[1].Text);
        Assert.Equal(4, replies[1].SuggestedActions.Actions.Count);
    }

    [Fact]
    public async Task Did_you_mean_offers_each_alternative_as_a_button_that_sends_its_question()
    {
        Alternative[] alternatives = [new("a", "Label A", "Question A?"), new("b", "Label B", "Question B?")];
        var replies = await new BotTurn(new FakeAnswerer().Returns(Canned.Passage("q", alternatives: alternatives))).SayAsync("q");

        var card = Assert.IsType<HeroCard>(replies.Single(r => r.Attachments?.Count > 0).Attachments[0].Content);
        Assert.Equal("DID-YOU-MEAN-TEXT", card.Text);
        Assert.Equal(["Label A", "Label B"], card.Buttons.Select(b => b.Title));
        Assert.Equal(["Question A?", "Question B?"], card.Buttons.Select(b => b.Value as string));
        Assert.All(card.Buttons, button => Assert.Equal(ActionTypes.ImBack, button.Type));
    }

    [Fact]
    public async Task The_emergency_reply_is_the_first_and_only_activity_of_the_turn()
    {
        var replies = await new BotTurn(new FakeAnswerer().Returns(Canned.Urgent("q"))).SayAsync("q");

        var only = Assert.Single(replies);
        Assert.Equal("URGENT-TEXT", only.Text);
        Assert.Null(only.SuggestedActions);
        Assert.Empty(only.Attachments ?? []);
    }

    [Fact]
    public async Task No_answer_says_the_editors_wording_with_topic_buttons()
    {
        var replies = await new BotTurn().SayAsync("something unknown");

        Assert.Equal(ActivityTypes.Typing, replies[0].Type);
        var reply = Assert.Single(replies.Skip(1));
        Assert.Equal("NO-ANSWER-TEXT", reply.Text);
        Assert.Equal(["Topic one", "Topic two", "Topic three", "Topic four"], reply.SuggestedActions.Actions.Select(a => a.Value as string));
    }

    [Fact]
    public async Task Small_talk_says_its_reply_with_topic_buttons()
    {
        var replies = await new BotTurn(new FakeAnswerer().Returns(Canned.SmallTalk("hello"))).SayAsync("hello");

        var reply = Assert.Single(replies.Skip(1));
        Assert.Equal("GREETING-TEXT", reply.Text);
        Assert.Equal(["Topic one", "Topic two"], reply.SuggestedActions.Actions.Select(a => a.Title));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public async Task An_empty_message_gets_the_polite_prompt_and_is_not_sent_to_the_engine(string text)
    {
        var turn = new BotTurn();
        var replies = await turn.SayAsync(text);

        var reply = Assert.Single(replies);
        Assert.Equal("EMPTY-MESSAGE-TEXT", reply.Text);
        Assert.Equal(3, reply.SuggestedActions.Actions.Count);
        Assert.Empty(turn.Answerer.Questions);
    }

    [Fact]
    public async Task A_message_with_only_an_attachment_gets_the_polite_prompt()
    {
        var turn = new BotTurn();
        var message = new Activity(ActivityTypes.Message)
        {
            Attachments = [new Attachment("image/png", "https://example.org/x.png")],
        };

        var reply = Assert.Single(await turn.SendAsync(message));

        Assert.Equal("EMPTY-MESSAGE-TEXT", reply.Text);
        Assert.Empty(turn.Answerer.Questions);
    }

    [Fact]
    public async Task An_unknown_activity_type_gets_no_reply()
    {
        Assert.Empty(await new BotTurn().SendAsync(new Activity("somethingNew")));
    }
}
