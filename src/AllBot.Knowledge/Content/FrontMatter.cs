using YamlDotNet.RepresentationModel;

namespace AllBot.Knowledge.Content;

/// <summary>
/// Typed reads of front-matter fields that report problems with the file and line, and remember which
/// fields were read so that unknown (misspelt) fields can be reported too.
/// </summary>
internal sealed class FrontMatter
{
    private readonly string _path;
    private readonly YamlMappingNode _mapping;
    private readonly int _firstLine;
    private readonly ICollection<ContentProblem> _problems;
    private readonly HashSet<string> _known = new(StringComparer.Ordinal);

    public FrontMatter(string path, YamlMappingNode mapping, int firstLine, ICollection<ContentProblem> problems)
    {
        _path = path;
        _mapping = mapping;
        _firstLine = firstLine;
        _problems = problems;
    }

    /// <summary>A line in the file for a node of this front matter.</summary>
    public int LineOf(YamlNode node) => _firstLine + (int)node.Start.Line - 1;

    public void Report(YamlNode? node, string message) =>
        _problems.Add(new(_path, node is null ? _firstLine - 1 : LineOf(node), message));

    public void ReportField(string key, string message) => Report(Find(key), message);

    public string? RequiredText(string key)
    {
        var value = OptionalText(key);
        if (string.IsNullOrWhiteSpace(value))
        {
            if (Find(key) is null) _problems.Add(new(_path, _firstLine - 1, $"the field '{key}' is missing"));
            else Report(Find(key), $"the field '{key}' is empty");
            return null;
        }
        return value;
    }

    public string? OptionalText(string key)
    {
        var node = Find(key);
        switch (node)
        {
            case null:
                return null;
            case YamlScalarNode scalar:
                return scalar.Value?.Trim();
            default:
                Report(node, $"the field '{key}' must be a single line of text");
                return null;
        }
    }

    public IReadOnlyList<string> TextList(string key) => TextList(key, Find(key));

    public IReadOnlyList<string> TextList(string key, YamlNode? node) =>
        TextListWithNodes(key, node).Select(item => item.Text).ToList();

    /// <summary>A list's entries with their nodes, so a problem with one entry can point at its line.</summary>
    public IReadOnlyList<(string Text, YamlNode Node)> TextListWithNodes(string key) => TextListWithNodes(key, Find(key));

    private IReadOnlyList<(string Text, YamlNode Node)> TextListWithNodes(string key, YamlNode? node)
    {
        switch (node)
        {
            case null:
                return [];
            case YamlScalarNode { Value: null or "" }:
                return [];
            case YamlSequenceNode sequence:
                var items = new List<(string, YamlNode)>();
                foreach (var item in sequence)
                {
                    if (item is YamlScalarNode { Value: { } text } && !string.IsNullOrWhiteSpace(text)) items.Add((text.Trim(), item));
                    else Report(item, $"every entry of '{key}' must be a line of text");
                }
                return items;
            default:
                Report(node, $"the field '{key}' must be a list, like [one, two] or lines starting with '- '");
                return [];
        }
    }

    public YamlMappingNode? Mapping(string key)
    {
        var node = Find(key);
        if (node is null or YamlMappingNode) return (YamlMappingNode?)node;
        Report(node, $"the field '{key}' must be a group of named entries");
        return null;
    }

    /// <summary>Reports every field that none of the reads above asked for.</summary>
    public void ReportUnknownFields()
    {
        foreach (var (key, _) in _mapping.Children)
        {
            var name = (key as YamlScalarNode)?.Value ?? "";
            if (!_known.Contains(name)) Report(key, $"unknown field '{name}' (known fields: {string.Join(", ", _known.Order())})");
        }
    }

    private YamlNode? Find(string key)
    {
        _known.Add(key);
        return _mapping.Children.TryGetValue(new YamlScalarNode(key), out var value) ? value : null;
    }
}
