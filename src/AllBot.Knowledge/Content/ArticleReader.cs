using System.Text.RegularExpressions;
using YamlDotNet.RepresentationModel;

namespace AllBot.Knowledge.Content;

/// <summary>Reads an article: front matter (id, title, url, topics, passages) and one passage per <c>## heading</c>.</summary>
internal static partial class ArticleReader
{
    public static Article? Read(MarkdownFile file, ICollection<ContentProblem> problems)
    {
        var front = file.FrontMatter;
        var id = IdField.Read(front);
        var title = front.RequiredText("title");
        var url = LinkField.Read(front);
        var topics = front.TextList("topics");
        var extras = front.Mapping("passages");
        front.ReportUnknownFields();

        var passages = new List<Passage>();
        foreach (var section in file.Sections)
        {
            var (heading, passageId) = SplitHeading(section.Heading);
            if (section.Text.Length == 0)
            {
                problems.Add(new(file.Path, section.Line, $"the passage '{heading}' has no text under its heading"));
                continue;
            }
            if (passages.Any(p => p.Id == passageId))
            {
                problems.Add(new(file.Path, section.Line, $"two passages have the id '{passageId}'; give one a {{#other-id}}"));
                continue;
            }
            var (questions, keywords) = ReadExtras(front, extras, passageId);
            passages.Add(new Passage(passageId, heading, section.Text, questions, keywords));
        }

        if (passages.Count == 0) problems.Add(new(file.Path, 0, "an article needs at least one passage: a '## Heading' with text under it"));
        ReportExtrasWithoutPassage(front, extras, passages);
        return id is null || title is null ? null : new Article(id, title, url, topics, passages);
    }

    /// <summary>"What ALL is {#what-all-is}" pins the id; without it the id is the heading's slug.</summary>
    private static (string Heading, string Id) SplitHeading(string heading)
    {
        var match = PinnedId().Match(heading);
        return match.Success
            ? (heading[..match.Index].Trim(), match.Groups["id"].Value)
            : (heading, Slug.From(heading));
    }

    private static (IReadOnlyList<string> Questions, IReadOnlyList<string> Keywords) ReadExtras(
        FrontMatter front, YamlMappingNode? extras, string passageId)
    {
        if (extras is null || !extras.Children.TryGetValue(new YamlScalarNode(passageId), out var node)) return ([], []);
        if (node is not YamlMappingNode entry)
        {
            front.Report(node, $"passages.{passageId} must hold 'questions' and/or 'keywords'");
            return ([], []);
        }
        foreach (var (key, _) in entry.Children)
        {
            if (key is YamlScalarNode { Value: not ("questions" or "keywords") } unknown)
                front.Report(key, $"unknown field '{unknown.Value}' in passages.{passageId} (known fields: keywords, questions)");
        }
        entry.Children.TryGetValue(new YamlScalarNode("questions"), out var questions);
        entry.Children.TryGetValue(new YamlScalarNode("keywords"), out var keywords);
        return (front.TextList("questions", questions), front.TextList("keywords", keywords));
    }

    private static void ReportExtrasWithoutPassage(FrontMatter front, YamlMappingNode? extras, List<Passage> passages)
    {
        if (extras is null) return;
        foreach (var key in extras.Children.Keys)
        {
            var name = (key as YamlScalarNode)?.Value ?? "";
            if (passages.All(p => p.Id != name)) front.Report(key, $"passages.{name} matches no passage heading in this file");
        }
    }

    [GeneratedRegex(@"\{#(?<id>[a-z0-9]+(-[a-z0-9]+)*)\}\s*$")]
    private static partial Regex PinnedId();
}
