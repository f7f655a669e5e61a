using System.Globalization;
using System.Text.RegularExpressions;
using AllBot.Knowledge.Content;

namespace AllBot.Knowledge.Safety;

/// <summary>A number in a message read as a measurement: a temperature in °C, or a duration in minutes.</summary>
internal readonly record struct Reading(ReadingKind Kind, double Value, int Start, int End);

/// <summary>
/// Finds readings in a message: "38.5", "38,5 C", "101.3F", "39 point 2", "38 and a half", "35.4 degrees", "temp 38", "for 20 mins",
/// "half an hour". A number is a temperature when it has a temperature unit, a temperature word just before it, or
/// when it looks like one on its own (35.0 to 42.9 with a decimal, not followed by another unit); Fahrenheit is
/// converted. "he is 38", "38 kg" and "38 weeks" are not readings. Digits are ASCII only: other scripts' digits are
/// not read as numbers.
/// </summary>
internal static partial class ReadingReader
{
    private const double LowestCelsius = 30;
    private const double HighestCelsius = 45;
    private const double LowestFahrenheit = 86;
    private const double HighestFahrenheit = 113;

    /// <summary>The readings in <paramref name="text"/>; <paramref name="temperatureWordBefore"/> says whether a temperature word stands just before an offset.</summary>
    public static IReadOnlyList<Reading> Read(string text, Func<int, bool> temperatureWordBefore)
    {
        var readings = new List<Reading>();
        foreach (Match match in Number().Matches(text))
        {
            if (Temperature(text, match, temperatureWordBefore) is { } celsius)
                readings.Add(new(ReadingKind.Temperature, celsius, match.Index, match.Index + match.Length));
        }
        foreach (Match match in Duration().Matches(text))
        {
            var minutes = match.Groups["half"].Success ? 30
                : match.Groups["an"].Success ? 60
                : double.Parse(match.Groups["n"].Value, CultureInfo.InvariantCulture);
            if (match.Groups["unit"].Value.StartsWith('h')) minutes *= 60;
            readings.Add(new(ReadingKind.Minutes, minutes, match.Index, match.Index + match.Length));
        }
        return readings;
    }

    private static double? Temperature(string text, Match match, Func<int, bool> temperatureWordBefore)
    {
        var whole = match.Groups["whole"].Value;
        var fraction = match.Groups["fraction"];
        var value = double.Parse(fraction.Success ? $"{whole}.{fraction.Value}" : whole, CultureInfo.InvariantCulture)
            + (match.Groups["half"].Success ? 0.5 : 0);
        var unit = match.Groups["unit"].Value.ToLowerInvariant();
        var before = text[Math.Max(0, match.Index - 30)..match.Index];
        var after = text[(match.Index + match.Length)..Math.Min(text.Length, match.Index + match.Length + 12)];
        if (OtherUnit().IsMatch(after) || OtherMeasure().IsMatch(before)) return null;

        var hasContext = unit.Length > 0 || TemperatureWord().IsMatch(before) || temperatureWordBefore(match.Index);
        var looksLikeOne = (fraction.Success || match.Groups["half"].Success) && value is >= 35 and < 43;
        if (!hasContext && !looksLikeOne) return null;

        var saysCelsius = unit.Contains('c');
        var fahrenheit = unit.Contains('f') || (!saysCelsius && value is >= LowestFahrenheit and <= HighestFahrenheit);
        var celsius = fahrenheit ? (value - 32) * 5 / 9 : value;
        if (celsius is < LowestCelsius or > HighestCelsius) return null;
        // "under 36" and "below 36" are readings just below the number; "over 38" is the number or above.
        return Below().IsMatch(before) ? celsius - 0.05 : celsius;
    }

    [GeneratedRegex(@"(?<![0-9.,])(?<whole>[0-9]{2,3})(?:(?:[.,]| point )(?<fraction>[0-9]{1,2})|(?<half> and a half))?(?![0-9.,][0-9])\s*(?<unit>[°º]\s*[cf]?|degrees?(?:\s*(?:c|f|celsius|centigrade|fahrenheit))?|deg\s*[cf]?|celsius|centigrade|fahrenheit|c|f)?(?![a-z])", RegexOptions.IgnoreCase)]
    private static partial Regex Number();

    [GeneratedRegex(@"\b(temp|temps|temperature|temperatures|temprature|tempreture|fever|thermometer|reading|read|spiked|spiking|running at|is at|was at|up to|hit|reached)\W*(\w+\W+){0,3}$", RegexOptions.IgnoreCase)]
    private static partial Regex TemperatureWord();

    [GeneratedRegex(@"\b(under|below|less than|lower than|not even)\W+$", RegexOptions.IgnoreCase)]
    private static partial Regex Below();

    [GeneratedRegex(@"^\s*(%|kg|kilo|lb|lbs|pound|stone|st\b|g\b|mg|ml|mcg|cm|mm|years?|yrs?|y/?o|months?|weeks?|days?|hours?|hrs?|mins?|minutes?|seconds?|secs?|times|bpm|beats|breaths|mmol|x\b|units?|pills|tablets|doses|am\b|pm\b|o'clock|:[0-9])", RegexOptions.IgnoreCase)]
    private static partial Regex OtherUnit();

    [GeneratedRegex(@"\b(weighs?|weight|aged?|count|platelets?|neutrophils?|hb|haemoglobin|hemoglobin|wbc|crp|bp|pressure|sats|oxygen|saturation|pulse|heart rate|dose|bed|room|ward|page|number)\W*(\w+\W+){0,2}$", RegexOptions.IgnoreCase)]
    private static partial Regex OtherMeasure();

    [GeneratedRegex(@"(?:(?<n>[0-9]+)\s*(?<unit>minutes?|mins?|hours?|hrs?|h\b)|(?<half>half an|half (?=hour))\s*(?<unit>hour)|(?<an>an|one)\s+(?<unit>hour))", RegexOptions.IgnoreCase)]
    private static partial Regex Duration();
}
