using AllBot.Cards;
using AllBot.Channels;
using Microsoft.Bot.Schema;

namespace AllBot.Tests.Channels;

public sealed class ReplyShaperTests
{
    private static readonly Choice[] FourChoices = [Choice.Of("one"), Choice.Of("two"), Choice.Of("three"), Choice.Of("four")];

    private static IMessageActivity CardMessage(bool withSuggestedActions = false)
    {
        var message = Activity.CreateMessageActivity();
        message.Attachments = [new HeroCard(title: "card").ToAttachment()];
        if (withSuggestedActions) message.SuggestedActions = new SuggestedActions { Actions = [new CardAction(ActionTypes.ImBack, "x", value: "x")] };
        return message;
    }

    [Fact]
    public void Suggested_actions_are_taken_off_a_message_with_attachments()
    {
        var shaped = ReplyShaper.Shape(new ReplyPlan([CardMessage(withSuggestedActions: true)], [], "PROMPT"), ChannelCapabilities.Default);

        Assert.Null(Assert.Single(shaped).SuggestedActions);
    }

    [Fact]
    public void Follow_ups_after_a_card_go_on_a_separate_text_only_message()
    {
        var shaped = ReplyShaper.Shape(new ReplyPlan([ReplyPlan.TextMessage("text"), CardMessage()], FourChoices, "PROMPT"), ChannelCapabilities.Default);

        Assert.Equal(3, shaped.Count);
        Assert.Null(shaped[0].SuggestedActions);
        Assert.Equal("PROMPT", shaped[2].Text);
        Assert.Empty(shaped[2].Attachments ?? []);
        Assert.Equal(4, shaped[2].SuggestedActions.Actions.Count);
    }

    [Fact]
    public void Follow_ups_are_cut_to_what_the_channel_shows()
    {
        var shaped = ReplyShaper.Shape(ReplyPlan.Text("text", FourChoices, "PROMPT"), ChannelCapabilities.TeamsPersonal);

        Assert.Equal(["one", "two", "three"], Assert.Single(shaped).SuggestedActions.Actions.Select(a => a.Title));
    }

    [Fact]
    public void Without_suggested_actions_the_follow_ups_become_hero_card_buttons()
    {
        var shaped = ReplyShaper.Shape(ReplyPlan.Text("text", FourChoices, "PROMPT"), ChannelCapabilities.TeamsShared);

        Assert.Equal(2, shaped.Count);
        var card = Assert.IsType<HeroCard>(shaped[1].Attachments.Single().Content);
        Assert.Null(card.Text);
        Assert.Equal(["one", "two", "three", "four"], card.Buttons.Select(b => b.Value as string));
        Assert.All(shaped, message => Assert.Null(message.SuggestedActions));
    }

    [Fact]
    public void A_plan_without_follow_ups_is_sent_as_it_is()
    {
        var plan = ReplyPlan.Text("text", [], "PROMPT");

        Assert.Same(plan.Messages[0], Assert.Single(ReplyShaper.Shape(plan, ChannelCapabilities.Default)));
    }
}
