using AllBot.Channels.Rendering;
using AllBot.Knowledge.Answers;
using Microsoft.Bot.Schema;

namespace AllBot.Cards;

/// <summary>
/// A video program as a hero card: title, speakers as the subtitle, a one-line description and an openUrl button:
/// "Watch" when the program has its own page, "Find it on our website" when the link is only the site's address
/// (the editors have not added the page yet). Deliberately not a Bot Framework video card: Teams does not render those.
/// </summary>
public static class VideoHeroCard
{
    /// <summary>The description is cut to about one line on a phone.</summary>
    public const int MaxDescriptionLength = 140;

    public const string WatchLabel = "Watch";

    public const string FindOnSiteLabel = "Find it on our website";

    public static Attachment Create(VideoResult video)
    {
        var card = new HeroCard
        {
            Title = video.Title,
            Subtitle = video.Speakers.Count > 0 ? string.Join(", ", video.Speakers) : null,
            Text = OneLine(video.Description),
        };
        if (!string.IsNullOrWhiteSpace(video.Url))
        {
            var label = video.IsProgramPage ? WatchLabel : FindOnSiteLabel;
            card.Buttons = [new CardAction(ActionTypes.OpenUrl, title: label, value: video.Url)];
        }
        return card.ToAttachment();
    }

    /// <summary>The first line of <paramref name="description"/>, cut at a word with an ellipsis when too long.</summary>
    public static string OneLine(string description) =>
        ShortText.Cut(description.Trim().Split('\n', 2)[0].Trim(), MaxDescriptionLength);
}
