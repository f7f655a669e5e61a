using YamlDotNet.RepresentationModel;

namespace AllBot.Knowledge.Content;

/// <summary>
/// Reads red-flags/words.md: under <c>groups</c>, each group is a list of words, or <c>words</c> and <c>except</c>.
/// </summary>
internal static class RedFlagWordsReader
{
    public static IReadOnlyList<WordGroup>? Read(MarkdownFile file, ICollection<ContentProblem> problems)
    {
        var front = file.FrontMatter;
        var groups = front.Mapping("groups");
        front.ReportUnknownFields();
        if (groups is null)
        {
            front.ReportField("groups", "list the word groups under 'groups:'");
            return null;
        }

        var result = new List<WordGroup>();
        foreach (var (key, value) in groups.Children)
        {
            var name = (key as YamlScalarNode)?.Value ?? "";
            if (!Slug.IsValid(name))
            {
                front.Report(key, $"the group name '{name}' must use only a-z, 0-9 and single hyphens");
                continue;
            }
            var (words, except) = value switch
            {
                YamlMappingNode entry => ReadEntry(front, name, entry),
                _ => (front.TextList(name, value), []),
            };
            if (words.Count == 0) front.Report(value, $"the group '{name}' has no words");
            else result.Add(new WordGroup(name, words, except));
        }
        if (result.All(g => g.Name != RedFlagBook.SymptomsGroup))
            front.ReportField("groups", $"the group '{RedFlagBook.SymptomsGroup}' is missing (everyday symptoms, for the safety-net line)");
        return result;
    }

    private static (IReadOnlyList<string> Words, IReadOnlyList<string> Except) ReadEntry(FrontMatter front, string name, YamlMappingNode entry)
    {
        foreach (var (key, _) in entry.Children)
        {
            if (key is YamlScalarNode { Value: not ("words" or "except") } unknown)
                front.Report(key, $"unknown field '{unknown.Value}' in the group '{name}' (known fields: except, words)");
        }
        entry.Children.TryGetValue(new YamlScalarNode("words"), out var words);
        entry.Children.TryGetValue(new YamlScalarNode("except"), out var except);
        return (front.TextList($"{name}.words", words), front.TextList($"{name}.except", except));
    }
}
