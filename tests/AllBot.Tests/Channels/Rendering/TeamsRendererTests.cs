using AllBot.Channels.Rendering;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace AllBot.Tests.Channels.Rendering;

public sealed class TeamsRendererTests
{
    [Fact]
    public void An_answer_has_inline_markers_one_message_entity_with_a_claim_per_passage_and_the_feedback_loop()
    {
        var reply = TeamsRenderer.Personal.Render(Plans.Answer([Plans.First, Plans.Second]));

        var message = reply.Activities[0];
        Assert.Equal("FIRST-PASSAGE [1]\n\nSECOND-PASSAGE [2]", message.Text);
        var entity = Assert.Single(message.Entities);
        Assert.Equal("https://schema.org/Message", entity.Type);
        var claims = (JArray)entity.Properties["citation"]!;
        Assert.Equal([1, 2], claims.Select(c => (int)c["position"]!));
        Assert.Equal(["What is ALL?", "Treatment"], claims.Select(c => (string?)c["appearance"]!["name"]));
        Assert.Equal("https://www.example.org/what-is-all", (string?)claims[0]["appearance"]!["url"]);
        Assert.Null(entity.Properties["potentialAction"]);
        Assert.Equal("default", (string?)((JObject)message.ChannelData)["feedbackLoop"]!["type"]);
        Assert.Equal("answer-1", reply.Rated?.Id);
    }

    [Fact]
    public void Only_the_first_message_asks_for_a_rating()
    {
        var reply = TeamsRenderer.Personal.Render(Plans.Answer(videos: Plans.OneVideo, safetyNet: "SAFETY-NET"));

        Assert.NotNull(reply.Activities[0].ChannelData);
        Assert.All(reply.Activities.Skip(1), activity => Assert.Null(activity.ChannelData));
        Assert.All(reply.Activities.Skip(1), activity => Assert.Empty(activity.Entities ?? []));
    }

    [Fact]
    public void A_plan_that_is_not_an_answer_asks_for_no_rating_and_carries_no_entity()
    {
        var reply = TeamsRenderer.Personal.Render(Plans.Text());

        var message = Assert.Single(reply.Activities);
        Assert.Null(message.ChannelData);
        Assert.Empty(message.Entities ?? []);
        Assert.Null(reply.Rated);
    }

    [Fact]
    public void Personal_chats_show_three_suggested_actions_never_on_a_message_with_attachments()
    {
        var reply = TeamsRenderer.Personal.Render(Plans.Answer(videos: Plans.OneVideo));

        Assert.All(reply.Activities.Where(a => a.Attachments?.Count > 0), a => Assert.Null(a.SuggestedActions));
        var last = reply.Activities[^1];
        Assert.Equal("PROMPT", last.Text);
        Assert.Equal(["one", "two", "three"], last.SuggestedActions.Actions.Select(a => a.Title));
    }

    [Fact]
    public void A_question_with_more_choices_than_teams_shows_keeps_its_way_out()
    {
        var reply = TeamsRenderer.Personal.Render(Plans.Text() with { LastFollowUpIsWayOut = true });

        Assert.Equal(["one", "two", "four"], reply.Activities[^1].SuggestedActions.Actions.Select(a => a.Title));
    }

    [Fact]
    public void Group_chats_get_follow_ups_as_card_buttons_and_still_cite_and_ask_for_a_rating()
    {
        var reply = TeamsRenderer.GroupChat.Render(Plans.Answer());

        Assert.All(reply.Activities, a => Assert.Null(a.SuggestedActions));
        var card = Assert.IsType<HeroCard>(reply.Activities[^1].Attachments.Single().Content);
        Assert.Null(card.Text);
        Assert.Equal(["one", "two", "three", "four"], card.Buttons.Select(b => b.Value as string));
        Assert.Single(reply.Activities[0].Entities);
        Assert.NotNull(reply.Rated);
    }

    [Fact]
    public void Team_channels_show_neither_citations_nor_ratings_so_passages_end_with_their_source_line()
    {
        var reply = TeamsRenderer.Channel.Render(Plans.Answer());

        Assert.StartsWith("FIRST-PASSAGE\n\nSource: [What is ALL?]", reply.Activities[0].Text);
        Assert.Empty(reply.Activities[0].Entities ?? []);
        Assert.Null(reply.Activities[0].ChannelData);
        Assert.Null(reply.Rated);
    }

    [Fact]
    public void Videos_are_hero_cards_never_video_cards()
    {
        var reply = TeamsRenderer.Personal.Render(Plans.Answer(videos: Plans.OneVideo));

        var attachments = reply.Activities.SelectMany(a => a.Attachments ?? []).ToList();
        Assert.NotEmpty(attachments);
        Assert.All(attachments, a => Assert.Equal(HeroCard.ContentType, a.ContentType));
    }
}
