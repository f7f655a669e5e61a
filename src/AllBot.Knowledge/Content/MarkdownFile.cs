using Markdig;
using Markdig.Extensions.Yaml;
using Markdig.Syntax;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace AllBot.Knowledge.Content;

/// <summary>
/// A knowledge-base Markdown file: YAML front matter between two <c>---</c> lines (Markdig's YAML front-matter
/// extension finds it), then a body of <c>## Heading</c> sections. Keeps line numbers so every problem can point at
/// its line, and keeps the editors' text as they wrote it.
/// </summary>
internal sealed class MarkdownFile
{
    private const string Fence = "---";

    // Built once: a Markdig pipeline is immutable and safe to share between threads. Precise locations give links and
    // inline HTML their own line, so a problem in them names the right one.
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UseYamlFrontMatter().UsePreciseSourceLocation().Build();

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
        string text;
        try
        {
            text = File.ReadAllText(fullPath);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            problems.Add(new(relativePath, 0, $"cannot be read ({e.Message})"));
            return null;
        }

        var document = Markdown.Parse(text, Pipeline);
        if (document.FirstOrDefault() is not YamlFrontMatterBlock yaml)
        {
            // Markdig only takes a front matter that opens on the first line and is closed further down.
            var opened = text.Split('\n', 2)[0].Trim() == Fence;
            problems.Add(new(relativePath, 1, opened
                ? "the front matter is never closed with a line '---'"
                : "must start with a line '---' that opens the front matter"));
            return null;
        }

        // Markdig counts lines from 0, editors from 1; the YAML starts on the line after the opening fence.
        var firstLine = yaml.Line + 2;
        var mapping = ParseYaml(yaml.Lines.ToString(), relativePath, firstLine, problems);
        if (mapping is null) return null;

        var frontMatter = new FrontMatter(relativePath, mapping, firstLine, problems);
        // The whole file is one document, so its line 0 is the file's line 1.
        MarkdownSafety.Check(document, relativePath, problems);
        var (preamble, sections) = SplitSections(text, document.Skip(1));
        return new MarkdownFile(relativePath, frontMatter, sections, preamble);
    }

    private static YamlMappingNode? ParseYaml(string yaml, string path, int firstLine, ICollection<ContentProblem> problems)
    {
        var parser = new Parser(new StringReader(yaml));
        try
        {
            var stream = new YamlStream();
            stream.Load(parser);
            if (stream.Documents.Count == 0) return new YamlMappingNode();
            if (stream.Documents[0].RootNode is YamlMappingNode mapping) return mapping;
            problems.Add(new(path, firstLine, "the front matter must be a list of 'field: value' lines"));
        }
        catch (Exception e) when (e is YamlException or InvalidOperationException)
        {
            // YamlDotNet reports some scanner errors without a position; the last token read is close to it.
            var line = e is YamlException located ? located.Start.Line : parser.Current?.End.Line ?? 1;
            problems.Add(new(path, firstLine - 1 + (int)line, $"the front matter is not valid YAML: {e.Message}"));
        }
        return null;
    }

    private static (string Preamble, IReadOnlyList<MarkdownSection> Sections) SplitSections(string text, IEnumerable<Block> body)
    {
        var preamble = new List<string>();
        var sections = new List<MarkdownSection>();
        MarkdownSection? current = null;
        foreach (var block in body)
        {
            if (block is HeadingBlock { Level: 2 } heading)
            {
                current = new MarkdownSection(SourceText(text, heading).TrimStart('#').Trim(), heading.Line + 1);
                sections.Add(current);
            }
            else if (current is null)
            {
                preamble.Add(SourceText(text, block));
            }
            else
            {
                current.Paragraphs.Add(SourceText(text, block));
            }
        }
        return (string.Join("\n\n", preamble).Trim(), sections);
    }

    /// <summary>
    /// The block's own Markdown, word for word: a paragraph's wrapped lines joined into one line (they are one
    /// paragraph), any other block (a list, a quote) line by line, so each item stays on its own line.
    /// </summary>
    private static string SourceText(string text, Block block)
    {
        var lines = text.Substring(block.Span.Start, block.Span.Length).Split('\n');
        return block is ParagraphBlock or HeadingBlock
            ? string.Join(' ', lines.Select(line => line.Trim())).Trim()
            : string.Join('\n', lines.Select(line => line.TrimEnd())).Trim();
    }
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
