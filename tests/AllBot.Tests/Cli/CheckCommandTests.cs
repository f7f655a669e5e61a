using AllBot.Cli;
using AllBot.Testing;

namespace AllBot.Tests.Cli;

/// <summary><c>check</c> exits 0 only for a clean knowledge base and names the file and line of every problem.</summary>
public sealed class CheckCommandTests : IDisposable
{
    private const string Program = "programs/will-car-t-cell-therapy-work-for-solid-tumor-cancers.md";
    private readonly KnowledgeBaseFolder folder = new();
    private readonly StringWriter output = new();
    private readonly StringWriter errors = new();

    private int Check() => CheckCommand.Run(CommandConfiguration.Build([$"--KnowledgeBase:Path={folder.Path}"]), output, errors);

    [Fact]
    public void A_clean_knowledge_base_exits_0_with_its_counts()
    {
        Assert.Equal(0, Check());

        Assert.StartsWith($"OK: {folder.Path}: 1 article(s), 4 passage(s), 9 program(s)", output.ToString());
        Assert.Equal("", errors.ToString());
    }

    [Fact]
    public void Problems_exit_1_each_named_with_its_file_and_line()
    {
        folder.Replace(Program, "speakers:", "speaker: [x]\nspeakers:");
        folder.Replace("bot-wording.md", "## Goodbye", "## Farewell");

        Assert.Equal(1, Check());

        var lines = errors.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.Contains($"{Program}:4: unknown field 'speaker' (known fields: id, questions, speakers, title, topics, url)", lines);
        Assert.Contains(lines, line => line.StartsWith("bot-wording.md:", StringComparison.Ordinal) && line.Contains("unknown section 'Farewell'"));
        Assert.Equal($"{lines.Length - 1} problem(s) in {folder.Path}", lines[^1]);
        Assert.Equal("", output.ToString());
    }

    public void Dispose() => folder.Dispose();
}
