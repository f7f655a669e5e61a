using AllBot.Channels.Rendering;
using AllBot.Replies;
using Newtonsoft.Json.Linq;

namespace AllBot.Tests.Channels.Rendering;

public sealed class WebChatRendererTests
{
    private readonly WebChatRenderer renderer = new();

    [Fact]
    public void Passages_carry_markers_and_the_reference_definitions_web_chat_turns_into_footnotes()
    {
        var message = renderer.Render(Plans.Answer([Plans.First, Plans.Second])).Activities[0];

        Assert.Equal(
            "FIRST-PASSAGE [1]\n\nSECOND-PASSAGE [2]\n\n" +
            "[1]: https://www.example.org/what-is-all \"What is ALL?\"\n[2]: https://www.example.org/treatment \"Treatment\"",
            message.Text);
        var claims = (JArray)Assert.Single(message.Entities).Properties["citation"]!;
        Assert.Equal(2, claims.Count);
    }

    [Fact]
    public void A_passage_without_an_address_is_cited_by_its_abstract()
    {
        var message = renderer.Render(Plans.Answer([Plans.First with { Url = null }])).Activities[0];

        Assert.EndsWith("[1]: cite:1 \"What is ALL?\"", message.Text);
        var appearance = ((JArray)message.Entities[0].Properties["citation"]!)[0]["appearance"]!;
        Assert.Null(appearance["url"]);
        Assert.Equal("FIRST-PASSAGE", (string?)appearance["abstract"]);
    }

    [Fact]
    public void An_answer_offers_like_and_dislike_named_after_the_answer_in_the_same_entity()
    {
        var reply = renderer.Render(Plans.Answer());

        var actions = (JArray)Assert.Single(reply.Activities[0].Entities).Properties["potentialAction"]!;
        Assert.Equal(["LikeAction", "DislikeAction"], actions.Select(a => (string?)a["@type"]));
        Assert.Equal(["answer-1/like", "answer-1/dislike"], actions.Select(a => (string?)a["@id"]));
        Assert.Equal("answer-1", reply.Rated?.Id);
    }

    [Fact]
    public void An_answer_with_videos_only_offers_the_rating_on_the_videos()
    {
        var plan = Plans.Answer(passages: [], videos: Plans.OneVideo);

        var reply = renderer.Render(plan);

        var videos = reply.Activities[0];
        Assert.Equal("VIDEOS-INTRO", videos.Text);
        var entity = Assert.Single(videos.Entities);
        Assert.Null(entity.Properties["citation"]);
        Assert.NotNull(entity.Properties["potentialAction"]);
    }

    [Fact]
    public void A_plan_that_is_not_an_answer_offers_no_rating()
    {
        var reply = renderer.Render(Plans.Text());

        Assert.Empty(Assert.Single(reply.Activities).Entities ?? []);
        Assert.Null(reply.Rated);
    }

    [Fact]
    public void Follow_ups_go_on_the_last_message_even_a_card_so_no_prompt_bubble_is_left_behind()
    {
        var reply = renderer.Render(Plans.Answer(videos: Plans.OneVideo));

        Assert.Equal(2, reply.Activities.Count);
        Assert.DoesNotContain(reply.Activities, a => a.Text == "PROMPT");
        Assert.NotEmpty(reply.Activities[^1].Attachments);
        Assert.Equal(4, reply.Activities[^1].SuggestedActions.Actions.Count);
    }

    [Fact]
    public void A_plan_with_no_follow_ups_adds_nothing()
    {
        var reply = renderer.Render(ReplyPlan.Said("TEXT", [], "PROMPT"));

        Assert.Null(Assert.Single(reply.Activities).SuggestedActions);
    }
}
