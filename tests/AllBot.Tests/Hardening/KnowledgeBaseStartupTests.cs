using AllBot.Tests.TestDoubles;

namespace AllBot.Tests.Hardening;

/// <summary>
/// A knowledge base that has become invalid or unreadable stops the web host before it listens, and the error names
/// the file (and the line, where there is one) so an editor can fix it.
/// </summary>
public sealed class KnowledgeBaseStartupTests : IDisposable
{
    private const string Program = "programs/will-car-t-cell-therapy-work-for-solid-tumor-cancers.md";
    private readonly string folder = Path.Combine(Path.GetTempPath(), "allbot-kb-" + Guid.NewGuid().ToString("n"));

    public KnowledgeBaseStartupTests()
    {
        foreach (var file in Directory.EnumerateFiles(BotApp.KnowledgeBasePath, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(folder, Path.GetRelativePath(BotApp.KnowledgeBasePath, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    private string StartUpFailure()
    {
        using var app = new BotApp(new Dictionary<string, string?> { ["KnowledgeBase:Path"] = folder });
        return Assert.ThrowsAny<Exception>(() => app.CreateClient()).ToString();
    }

    private int Line(string relativePath, string startsWith) =>
        Array.FindIndex(File.ReadAllLines(Path.Combine(folder, relativePath)), l => l.StartsWith(startsWith, StringComparison.Ordinal)) + 1;

    [Fact]
    public void The_copied_knowledge_base_starts_the_app()
    {
        using var app = new BotApp(new Dictionary<string, string?> { ["KnowledgeBase:Path"] = folder });

        using var client = app.CreateClient();
    }

    [Fact]
    public void Broken_yaml_in_a_program_stops_start_up_naming_the_file_and_line()
    {
        var path = Path.Combine(folder, Program);
        var line = Line(Program, "speakers:");
        File.WriteAllText(path, File.ReadAllText(path).Replace("speakers: [Dr. David Maloney]", "speakers: [Dr. David Maloney", StringComparison.Ordinal));

        var failure = StartUpFailure();

        Assert.Contains("KnowledgeBaseException", failure);
        var reported = System.Text.RegularExpressions.Regex.Match(failure, $@"{Program}:(\d+): .*YAML");
        Assert.True(reported.Success, failure);
        // YAML reports the unclosed list where it noticed it: the line itself or the next one.
        Assert.InRange(int.Parse(reported.Groups[1].Value), line, line + 1);
    }

    [Fact]
    public void A_bad_synonyms_line_stops_start_up_naming_the_file_and_line()
    {
        var path = Path.Combine(folder, "synonyms.txt");
        var lines = File.ReadAllLines(path).ToList();
        lines.Add("leukaemia,, leukemia");

        File.WriteAllLines(path, lines);
        var failure = StartUpFailure();

        Assert.Contains($"synonyms.txt:{lines.Count}: an entry is empty", failure);
    }

    [Fact]
    public void A_program_overwritten_with_binary_garbage_stops_start_up_naming_the_file_and_line_1()
    {
        File.WriteAllBytes(Path.Combine(folder, Program), [0xFF, 0xFE, 0x00, 0x01, 0xC0, 0x80, 0x0A, 0x9F]);

        var failure = StartUpFailure();

        Assert.Contains($"{Program}:1: must start with a line '---'", failure);
    }

    [Fact]
    public void An_unreadable_wording_file_stops_start_up_naming_the_file()
    {
        // Running as root, permissions cannot make a file unreadable; a dangling link is what a failed deploy leaves.
        var path = Path.Combine(folder, "bot-wording.md");
        File.Delete(path);
        File.CreateSymbolicLink(path, Path.Combine(folder, "gone", "bot-wording.md"));

        var failure = StartUpFailure();

        Assert.Contains("bot-wording.md: cannot be read", failure);
    }

    [Fact]
    public void An_unreadable_synonyms_file_stops_start_up_naming_the_file()
    {
        var path = Path.Combine(folder, "synonyms.txt");
        File.Delete(path);
        File.CreateSymbolicLink(path, Path.Combine(folder, "gone", "synonyms.txt"));

        var failure = StartUpFailure();

        Assert.Contains("The knowledge base has problems:", failure);
        Assert.Contains("synonyms.txt: cannot be read", failure);
    }

    [Fact]
    public void A_missing_knowledge_base_folder_stops_start_up_naming_the_folder_and_the_setting()
    {
        Directory.Delete(folder, recursive: true);

        var failure = StartUpFailure();

        Assert.Contains(folder, failure);
        Assert.Contains("KnowledgeBase:Path", failure);
    }

    public void Dispose()
    {
        if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
    }
}
