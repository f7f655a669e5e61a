using System.Text.RegularExpressions;
using AllBot.Replies;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace AllBot.Channels.Rendering;

/// <summary>
/// The one schema.org <c>Message</c> entity an answer carries in Teams and Web Chat: a claim per passage (its source's
/// title, https address and a short abstract, within Teams' limits) and, in Web Chat, the like and dislike actions.
/// Teams refuses a message with two such entities, so everything goes in this one. The Bot Framework SDK has no types
/// for it; the JSON follows the Teams and Web Chat documentation (docs/citations-and-feedback.md in the shared notes).
/// </summary>
public static partial class MessageEntity
{
    public const string Type = "https://schema.org/Message";

    /// <summary>Teams shows at most 80 characters of a citation's name.</summary>
    public const int MaxNameLength = 80;

    /// <summary>Teams shows at most 160 characters of a citation's abstract.</summary>
    public const int MaxAbstractLength = 160;

    /// <param name="passages">Cited in order: the first is position 1.</param>
    /// <param name="ratedId">
    /// When set, like and dislike actions whose <c>@id</c> names the answer (Web Chat); each its own, as the widget keys
    /// its buttons by them.
    /// </param>
    public static Entity Create(IReadOnlyList<CitedPassage> passages, string? ratedId = null)
    {
        // "type" is the Entity's own property; in Properties too it would be written twice.
        var entity = new JObject
        {
            ["@context"] = "https://schema.org",
            ["@type"] = "Message",
            ["@id"] = "",
        };
        if (passages.Count > 0) entity["citation"] = new JArray(passages.Select((passage, index) => Claim(passage, index + 1)));
        if (ratedId is not null)
        {
            entity["potentialAction"] = new JArray(
                new JObject { ["@type"] = "LikeAction", ["@id"] = ratedId + IncomingRating.LikeSuffix },
                new JObject { ["@type"] = "DislikeAction", ["@id"] = ratedId + IncomingRating.DislikeSuffix });
        }
        return new Entity(Type) { Properties = entity };
    }

    private static JObject Claim(CitedPassage passage, int position)
    {
        var appearance = new JObject
        {
            ["@type"] = "DigitalDocument",
            ["name"] = ShortText.Cut(passage.Source, MaxNameLength),
            ["abstract"] = Abstract(passage.Text),
        };
        if (HttpsUrl(passage.Url) is { } url) appearance["url"] = url;
        return new JObject { ["@type"] = "Claim", ["position"] = position, ["appearance"] = appearance };
    }

    /// <summary>The address when it is https (Teams asks for https), else null.</summary>
    public static string? HttpsUrl(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttps ? uri.ToString() : null;

    /// <summary>The passage as plain text (links keep their words, emphasis marks go), cut to <see cref="MaxAbstractLength"/>.</summary>
    public static string Abstract(string markdown)
    {
        var text = MarkdownLink().Replace(markdown, "$1");
        text = Emphasis().Replace(text, "");
        return ShortText.Cut(Whitespace().Replace(text, " ").Trim(), MaxAbstractLength);
    }

    [GeneratedRegex(@"\[([^\]]*)\]\([^)]*\)")]
    private static partial Regex MarkdownLink();

    [GeneratedRegex(@"\*\*|__|(?<!\w)[*_](?=\S)|(?<=\S)[*_](?!\w)")]
    private static partial Regex Emphasis();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
