using AllBot.Cards;
using AllBot.Tests.TestDoubles;
using Microsoft.Bot.Schema;

namespace AllBot.Tests.Cards;

public sealed class VideoHeroCardTests
{
    [Fact]
    public void A_video_with_a_url_has_title_speakers_one_line_and_a_watch_button()
    {
        var card = Assert.IsType<HeroCard>(VideoHeroCard.Create(Canned.VideoWithUrl).Content);

        Assert.Equal("Video title one", card.Title);
        Assert.Equal("Dr Ada Speaker, Prof Bo Speaker", card.Subtitle);
        Assert.Equal("First line of the description.", card.Text);
        var watch = Assert.Single(card.Buttons);
        Assert.Equal((ActionTypes.OpenUrl, "Watch", "https://example.org/programs/car-t"), (watch.Type, watch.Title, watch.Value as string));
    }

    [Fact]
    public void A_video_linked_only_to_the_site_says_so_instead_of_watch()
    {
        var card = Assert.IsType<HeroCard>(VideoHeroCard.Create(Canned.VideoWithUrl with { IsProgramPage = false }).Content);

        var button = Assert.Single(card.Buttons);
        Assert.Equal((ActionTypes.OpenUrl, VideoHeroCard.FindOnSiteLabel), (button.Type, button.Title));
    }

    [Fact]
    public void A_video_without_a_url_or_speakers_has_no_button_and_no_subtitle()
    {
        var card = Assert.IsType<HeroCard>(VideoHeroCard.Create(Canned.VideoWithoutUrl).Content);

        Assert.Null(card.Buttons);
        Assert.Null(card.Subtitle);
    }

    [Fact]
    public void A_long_description_is_cut_at_a_word_with_an_ellipsis()
    {
        var words = string.Join(' ', Enumerable.Repeat("leukaemia", 30));

        var line = VideoHeroCard.OneLine(words);

        Assert.True(line.Length <= VideoHeroCard.MaxDescriptionLength, line);
        Assert.EndsWith("leukaemia…", line);
    }
}
