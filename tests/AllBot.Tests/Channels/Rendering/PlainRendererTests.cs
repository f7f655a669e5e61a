using AllBot.Channels.Rendering;
using Microsoft.Bot.Schema;

namespace AllBot.Tests.Channels.Rendering;

public sealed class PlainRendererTests
{
    private readonly PlainRenderer renderer = new();

    [Fact]
    public void Each_passage_ends_with_its_source_line_and_nothing_asks_for_a_rating()
    {
        var reply = renderer.Render(Plans.Answer([Plans.First, Plans.Second]));

        var message = Assert.Single(reply.Activities);
        Assert.Equal(
            "FIRST-PASSAGE\n\nSource: [What is ALL?](https://www.example.org/what-is-all)\n\nSECOND-PASSAGE\n\nSource: [Treatment](https://www.example.org/treatment)",
            message.Text);
        Assert.Empty(message.Entities ?? []);
        Assert.Null(message.ChannelData);
        Assert.Null(reply.Rated);
    }

    [Fact]
    public void Follow_ups_after_a_card_go_on_a_separate_text_only_message()
    {
        var reply = renderer.Render(Plans.Answer(videos: Plans.OneVideo));

        Assert.Equal(3, reply.Activities.Count);
        Assert.Null(reply.Activities[1].SuggestedActions);
        Assert.Equal("PROMPT", reply.Activities[2].Text);
        Assert.Null(reply.Activities[2].Attachments);
        Assert.Equal(["one", "two", "three", "four"], reply.Activities[2].SuggestedActions.Actions.Select(a => a.Value as string));
    }

    [Fact]
    public void The_safety_net_is_said_last_and_carries_the_follow_ups()
    {
        var reply = renderer.Render(Plans.Answer(videos: Plans.OneVideo, safetyNet: "SAFETY-NET"));

        Assert.Equal("SAFETY-NET", reply.Activities[^1].Text);
        Assert.Equal(4, reply.Activities[^1].SuggestedActions.Actions.Count);
        Assert.Equal(3, reply.Activities.Count);
    }

    [Fact]
    public void A_text_plan_is_one_message_with_its_follow_ups()
    {
        var message = Assert.Single(renderer.Render(Plans.Text()).Activities);

        Assert.Equal("TEXT", message.Text);
        Assert.Equal(TextFormatTypes.Markdown, message.TextFormat);
        Assert.Equal(4, message.SuggestedActions.Actions.Count);
        Assert.All(message.SuggestedActions.Actions, action => Assert.Equal(ActionTypes.ImBack, action.Type));
    }
}
