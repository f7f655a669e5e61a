using Markdig;
using Markdig.Syntax;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace AllBot.Knowledge.Content;

/// <summary>
/// A knowledge-base Markdown file: YAML front matter between two <c>---</c> lines, then a body of
/// <c>## Heading</c> sections. Keeps line numbers so every problem can point at its line.
/// </summary>
internal sealed class MarkdownFile
{
    private const string Fence = "---";

    // Precise locations give links and inline HTML their own line, so a problem in them names the right one.
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UsePreciseSourceLocation().Build();

    private MarkdownFile(string path, FrontMatter frontMatter, IReadOnlyList<MarkdownSection> sections, string preamble)
    {
        Path = path;
        FrontMatter = frontMatter;
        Sections = sections;
        Preamble = preamble;
    }

    /// <summary>The path relative to the knowledge-base folder, as problems report it.</summary>
    public string Path { get; }

    public FrontMatter FrontMatter { get; }

    /// <summary>The body's <c>##</c> sections, in order.</summary>
    public IReadOnlyList<MarkdownSection> Sections { get; }

    /// <summary>Body text before the first <c>##</c> heading (a program's description).</summary>
    public string Preamble { get; }

    /// <summary>Reads a file, or reports why it cannot be read and returns null.</summary>
    public static MarkdownFile? Read(string fullPath, string relativePath, ICollection<ContentProblem> problems)
    {
        string[] lines;
        try
        {
            lines = File.ReadAllLines(fullPath);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            problems.Add(new(relativePath, 0, $"cannot be read ({e.Message})"));
            return null;
        }

        if (lines.Length == 0 || lines[0].Trim() != Fence)
        {
            problems.Add(new(relativePath, 1, "must start with a line '---' that opens the front matter"));
            return null;
        }

        var close = Array.FindIndex(lines, 1, line => line.Trim() == Fence);
        if (close < 0)
        {
            problems.Add(new(relativePath, 1, "the front matter is never closed with a line '---'"));
            return null;
        }

        var yaml = string.Join('\n', lines[1..close]);
        var mapping = ParseYaml(yaml, relativePath, problems);
        if (mapping is null) return null;

        // Lines in the YAML are counted from the line after the opening fence; the body from after the closing one.
        var frontMatter = new FrontMatter(relativePath, mapping, firstLine: 2, problems);
        var body = string.Join('\n', lines[(close + 1)..]);
        var (preamble, sections) = SplitSections(body, bodyFirstLine: close + 2, relativePath, problems);
        return new MarkdownFile(relativePath, frontMatter, sections, preamble);
    }

    private static YamlMappingNode? ParseYaml(string yaml, string path, ICollection<ContentProblem> problems)
    {
        var parser = new Parser(new StringReader(yaml));
        try
        {
            var stream = new YamlStream();
            stream.Load(parser);
            if (stream.Documents.Count == 0) return new YamlMappingNode();
            if (stream.Documents[0].RootNode is YamlMappingNode mapping) return mapping;
            problems.Add(new(path, 2, "the front matter must be a list of 'field: value' lines"));
        }
        catch (Exception e) when (e is YamlException or InvalidOperationException)
        {
            // YamlDotNet reports some scanner errors without a position; the last token read is close to it.
            var line = e is YamlException located ? located.Start.Line : parser.Current?.End.Line ?? 0;
            problems.Add(new(path, (int)line + 1, $"the front matter is not valid YAML: {e.Message}"));
        }
        return null;
    }

    private static (string Preamble, IReadOnlyList<MarkdownSection> Sections) SplitSections(
        string body, int bodyFirstLine, string path, ICollection<ContentProblem> problems)
    {
        var document = Markdown.Parse(body, Pipeline);
        MarkdownSafety.Check(document, path, bodyFirstLine, problems);
        var preamble = new List<string>();
        var sections = new List<MarkdownSection>();
        MarkdownSection? current = null;
        foreach (var block in document)
        {
            if (block is HeadingBlock { Level: 2 } heading)
            {
                current = new MarkdownSection(SourceText(body, heading).TrimStart('#').Trim(), bodyFirstLine + heading.Line);
                sections.Add(current);
            }
            else if (current is null)
            {
                preamble.Add(SourceText(body, block));
            }
            else
            {
                current.Paragraphs.Add(SourceText(body, block));
            }
        }
        return (string.Join("\n\n", preamble).Trim(), sections);
    }

    /// <summary>The block's own Markdown, with its line breaks joined into one line.</summary>
    private static string SourceText(string body, Block block) =>
        string.Join(' ', body.Substring(block.Span.Start, block.Span.Length).Split('\n', StringSplitOptions.TrimEntries)).Trim();
}

/// <summary>A <c>## Heading</c> and the paragraphs under it.</summary>
internal sealed class MarkdownSection(string heading, int line)
{
    public string Heading { get; } = heading;

    /// <summary>The 1-based line of the heading in the file.</summary>
    public int Line { get; } = line;

    public List<string> Paragraphs { get; } = [];

    public string Text => string.Join("\n\n", Paragraphs).Trim();
}
