using System.Globalization;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Schema;
using Newtonsoft.Json;

namespace AllBot.Bot;

/// <summary>
/// The one way the app reads and writes activities as JSON, /api/messages and the built-in Direct Line alike: the Bot
/// Framework's own settings (its attributes and converters, nulls left out), on one line, with dates kept with their
/// offsets, and nesting capped so a deep document is refused instead of walked.
/// </summary>
public static class ActivityJsonSettings
{
    /// <summary>Real activities nest a few levels; a deep document is an attack on the parser.</summary>
    public const int MaxDepth = 64;

    public static readonly JsonSerializerSettings Settings = new(HttpHelper.BotMessageSerializerSettings)
    {
        Formatting = Formatting.None,
        DateParseHandling = DateParseHandling.DateTimeOffset,
        MaxDepth = MaxDepth,
    };

    private static readonly JsonSerializer Serializer = JsonSerializer.Create(Settings);

    /// <summary>The activity as one line of JSON, through the one serializer (not a new one per activity).</summary>
    public static string Serialize(Activity activity)
    {
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        Serializer.Serialize(text, activity);
        return text.ToString();
    }

    /// <summary>Reads one activity from <paramref name="json"/>; null for a JSON <c>null</c>.</summary>
    /// <exception cref="JsonException">The text is not a JSON activity, or nests deeper than <see cref="MaxDepth"/>.</exception>
    public static Activity? Read(Stream json)
    {
        using var reader = new JsonTextReader(new StreamReader(json)) { MaxDepth = MaxDepth };
        return Serializer.Deserialize<Activity>(reader);
    }
}
