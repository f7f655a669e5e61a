using System.Globalization;
using System.Text;
using Microsoft.Bot.Schema;
using Newtonsoft.Json;

namespace AllBot.Channels.DirectLine;

/// <summary>
/// The JSON of activities and activity sets. Activities use Newtonsoft.Json with the Bot Framework's attributes
/// (as the Bot Framework itself does); each is written once and kept as text, so polling and streaming only copy it.
/// </summary>
public static class ActivitySetJson
{
    private static readonly JsonSerializerSettings Settings = new()
    {
        NullValueHandling = NullValueHandling.Ignore,
        DateParseHandling = DateParseHandling.DateTimeOffset,
        // Deeply nested input is refused instead of walked.
        MaxDepth = 32,
    };

    public static string Serialize(Activity activity) => JsonConvert.SerializeObject(activity, Settings);

    /// <summary>Reads a posted activity.</summary>
    /// <exception cref="JsonException">The text is not a JSON activity.</exception>
    public static Activity Deserialize(string json) =>
        JsonConvert.DeserializeObject<Activity>(json, Settings) ?? throw new JsonSerializationException("The body is empty.");

    /// <summary><c>{"activities":[...],"watermark":"N"}</c>; the watermark is a string, as the widget expects.</summary>
    public static string Frame(IEnumerable<string> activities, long? watermark)
    {
        var json = new StringBuilder("{\"activities\":[");
        json.AppendJoin(',', activities);
        json.Append(']');
        if (watermark is { } value) json.Append(",\"watermark\":\"").Append(value.ToString(CultureInfo.InvariantCulture)).Append('"');
        return json.Append('}').ToString();
    }
}
