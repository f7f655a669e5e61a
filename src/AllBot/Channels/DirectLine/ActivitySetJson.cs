using System.Globalization;
using System.Text;

namespace AllBot.Channels.DirectLine;

/// <summary>
/// Activity sets as Direct Line sends them. Each activity is written once (<see cref="ActivityJsonSettings"/>) and kept
/// as text, so polling and streaming only copy it.
/// </summary>
public static class ActivitySetJson
{
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
