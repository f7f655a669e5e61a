using System.Globalization;
using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace AllBot.Knowledge.Content;

/// <summary>
/// Reads one red flag (red-flags/*.md): id, name, level, signs, unless, safety-net, still-counts-after, about-anyone,
/// past-counts, reply, examples, information and sources. Every sign must name known word groups (red-flags/words.md), words in quotes, or a reading.
/// </summary>
internal static partial class RedFlagReader
{
    /// <summary>The bot-wording sections a red flag may name as its reply; the level chooses one when none is named.</summary>
    public static readonly IReadOnlyList<string> Replies = ["Urgent", "Call team now", "Call team today", "Self-harm"];

    private static readonly Dictionary<string, RedFlagLevel> Levels = new(StringComparer.Ordinal)
    {
        ["emergency"] = RedFlagLevel.Emergency,
        ["call-team-now"] = RedFlagLevel.CallTeamNow,
        ["call-team-today"] = RedFlagLevel.CallTeamToday,
    };

    public static RedFlag? Read(MarkdownFile file, IReadOnlyList<WordGroup> groups, ICollection<ContentProblem> problems)
    {
        var front = file.FrontMatter;
        var id = IdField.Read(front);
        var name = front.RequiredText("name");
        var level = ReadLevel(front);
        var reply = ReadReply(front);
        var aboutAnyone = ReadFlag(front, "about-anyone");
        var known = groups.Select(g => g.Name).ToHashSet(StringComparer.Ordinal);
        var signs = ReadSigns(front, "signs", known);
        var unless = ReadSigns(front, "unless", known).SelectMany(sign => sign).ToList();
        var safetyNet = ReadSigns(front, "safety-net", known);
        var stillCountsAfter = ReadSigns(front, "still-counts-after", known).SelectMany(sign => sign).ToList();
        var pastCounts = ReadFlag(front, "past-counts");
        var examples = ReadExamples(front, "examples");
        var information = ReadExamples(front, "information");
        var sources = front.TextList("sources");
        front.ReportUnknownFields();

        if (signs.Count == 0) front.ReportField("signs", "list at least one sign, like 'vomit + blood'");
        if (examples.Count == 0) front.ReportField("examples", "give at least one example message");
        if (sources.Count == 0) front.ReportField("sources", "name at least one public source for this red flag");
        foreach (var source in sources.Where(s => s.Contains("http://", StringComparison.OrdinalIgnoreCase)))
            front.ReportField("sources", $"link to sources with https: '{source}'");

        return id is null || name is null || level is null || signs.Count == 0 || examples.Count == 0 || sources.Count == 0
            ? null
            : new RedFlag(id, name, level.Value, signs, unless, safetyNet, stillCountsAfter, aboutAnyone, pastCounts, reply, examples, information, sources, file.Path);
    }

    private static RedFlagLevel? ReadLevel(FrontMatter front)
    {
        var text = front.RequiredText("level");
        if (text is null) return null;
        if (Levels.TryGetValue(text, out var level)) return level;
        front.ReportField("level", $"the level '{text}' must be one of: {string.Join(", ", Levels.Keys)}");
        return null;
    }

    private static string? ReadReply(FrontMatter front)
    {
        var text = front.OptionalText("reply");
        if (string.IsNullOrEmpty(text)) return null;
        var reply = Replies.FirstOrDefault(r => Slug.From(r) == Slug.From(text));
        if (reply is null) front.ReportField("reply", $"the reply '{text}' must be one of: {string.Join(", ", Replies)}");
        return reply;
    }

    private static bool ReadFlag(FrontMatter front, string key)
    {
        var text = front.OptionalText(key);
        if (string.IsNullOrEmpty(text) || text == "false") return false;
        if (text == "true") return true;
        front.ReportField(key, $"'{key}' must be true or false");
        return false;
    }

    private static List<IReadOnlyList<SignIdea>> ReadSigns(FrontMatter front, string key, HashSet<string> groups)
    {
        var signs = new List<IReadOnlyList<SignIdea>>();
        foreach (var (text, node) in front.TextListWithNodes(key))
        {
            // A whole line in quotes is one phrase: YAML has already taken the quotes away.
            if (node is YamlScalarNode { Style: ScalarStyle.DoubleQuoted or ScalarStyle.SingleQuoted })
            {
                signs.Add([new PhraseIdea(text)]);
                continue;
            }
            var ideas = new List<SignIdea>();
            foreach (var part in text.Split('+', StringSplitOptions.TrimEntries))
            {
                if (ReadIdea(part, groups) is { } idea) ideas.Add(idea);
                else front.Report(node, $"'{part}' in '{text}' is not a word group (red-flags/words.md), words in quotes, or a reading like 'temperature >= 38'");
            }
            if (ideas.Count > 0 && ideas.Count == text.Split('+').Length) signs.Add(ideas);
        }
        return signs;
    }

    private static SignIdea? ReadIdea(string part, HashSet<string> groups)
    {
        if (part.Length > 2 && part[0] is '"' or '\'' && part[^1] == part[0]) return new PhraseIdea(part[1..^1].Trim());
        var reading = Reading().Match(part);
        if (reading.Success)
        {
            var kind = reading.Groups["kind"].Value == "temperature" ? ReadingKind.Temperature : ReadingKind.Minutes;
            var threshold = double.Parse(reading.Groups["value"].Value, CultureInfo.InvariantCulture);
            return new ReadingIdea(kind, reading.Groups["op"].Value, threshold);
        }
        return groups.Contains(part) ? new GroupIdea(part) : null;
    }

    private static List<RedFlagExample> ReadExamples(FrontMatter front, string key) =>
        front.TextListWithNodes(key).Select(item => new RedFlagExample(item.Text, front.LineOf(item.Node))).ToList();

    [GeneratedRegex(@"^(?<kind>temperature|minutes)\s*(?<op>>=|<=|<|>)\s*(?<value>\d+(\.\d+)?)$")]
    private static partial Regex Reading();
}
