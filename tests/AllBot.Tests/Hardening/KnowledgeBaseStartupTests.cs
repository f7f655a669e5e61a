using System.Net;
using AllBot.Testing;
using AllBot.Tests.TestDoubles;

namespace AllBot.Tests.Hardening;

/// <summary>
/// A knowledge base that has become invalid or unreadable leaves the host alive but not ready: /healthz answers,
/// /readyz and every request that needs the knowledge base get 503 (never a 500), and the log names the file and the
/// line of each problem so an editor can fix it.
/// </summary>
public sealed class KnowledgeBaseStartupTests : IDisposable
{
    private const string Program = "programs/will-car-t-cell-therapy-work-for-solid-tumor-cancers.md";
    private readonly KnowledgeBaseFolder folder = new();

    /// <summary>Starts the app on the broken copy, checks it is alive but unready, and returns everything it logged.</summary>
    private async Task<string> LogOfUnreadyStartAsync()
    {
        await using var app = new BotApp(new Dictionary<string, string?> { ["KnowledgeBase:Path"] = folder.Path });
        using var client = app.CreateClient();

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/healthz")).StatusCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await client.GetAsync("/readyz")).StatusCode);
        using var message = await client.PostActivityAsync(Activities.EmulatorMessage("http://127.0.0.1:9/", "what is ALL?"));
        Assert.Equal(HttpStatusCode.ServiceUnavailable, message.StatusCode);
        Assert.NotNull(message.Headers.RetryAfter);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await client.GetAsync("/")).StatusCode);
        return string.Join('\n', app.Logs.Entries);
    }

    private int Line(string relativePath, string startsWith) =>
        Array.FindIndex(File.ReadAllLines(folder.File(relativePath)), l => l.StartsWith(startsWith, StringComparison.Ordinal)) + 1;

    [Fact]
    public async Task The_copied_knowledge_base_makes_the_app_ready()
    {
        await using var app = new BotApp(new Dictionary<string, string?> { ["KnowledgeBase:Path"] = folder.Path });
        using var client = app.CreateClient();

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/readyz")).StatusCode);
    }

    [Fact]
    public async Task Broken_yaml_in_a_program_leaves_the_app_unready_naming_the_file_and_line()
    {
        var line = Line(Program, "speakers:");
        folder.Replace(Program, "speakers: [Dr. David Maloney]", "speakers: [Dr. David Maloney");

        var log = await LogOfUnreadyStartAsync();

        Assert.Contains("AllBot is not ready", log);
        var reported = System.Text.RegularExpressions.Regex.Match(log, $@"{Program}:(\d+): .*YAML");
        Assert.True(reported.Success, log);
        // YAML reports the unclosed list where it noticed it: the line itself or the next one.
        Assert.InRange(int.Parse(reported.Groups[1].Value), line, line + 1);
    }

    [Fact]
    public async Task A_bad_synonyms_line_leaves_the_app_unready_naming_the_file_and_line()
    {
        var lines = File.ReadAllLines(folder.File("synonyms.txt")).ToList();
        lines.Add("leukaemia,, leukemia");
        File.WriteAllLines(folder.File("synonyms.txt"), lines);

        Assert.Contains($"synonyms.txt:{lines.Count}: an entry is empty", await LogOfUnreadyStartAsync());
    }

    [Fact]
    public async Task A_program_overwritten_with_binary_garbage_leaves_the_app_unready_naming_the_file_and_line_1()
    {
        File.WriteAllBytes(folder.File(Program), [0xFF, 0xFE, 0x00, 0x01, 0xC0, 0x80, 0x0A, 0x9F]);

        Assert.Contains($"{Program}:1: must start with a line '---'", await LogOfUnreadyStartAsync());
    }

    [Fact]
    public async Task An_unreadable_wording_file_leaves_the_app_unready_naming_the_file()
    {
        // Running as root, permissions cannot make a file unreadable; a dangling link is what a failed deploy leaves.
        File.Delete(folder.File("bot-wording.md"));
        File.CreateSymbolicLink(folder.File("bot-wording.md"), Path.Combine(folder.Path, "gone", "bot-wording.md"));

        Assert.Contains("bot-wording.md: cannot be read", await LogOfUnreadyStartAsync());
    }

    [Fact]
    public async Task An_unreadable_synonyms_file_leaves_the_app_unready_naming_the_file()
    {
        File.Delete(folder.File("synonyms.txt"));
        File.CreateSymbolicLink(folder.File("synonyms.txt"), Path.Combine(folder.Path, "gone", "synonyms.txt"));

        Assert.Contains("synonyms.txt: cannot be read", await LogOfUnreadyStartAsync());
    }

    [Fact]
    public async Task A_missing_knowledge_base_folder_leaves_the_app_unready_naming_the_folder_and_the_setting()
    {
        Directory.Delete(folder.Path, recursive: true);

        var log = await LogOfUnreadyStartAsync();

        Assert.Contains(folder.Path, log);
        Assert.Contains("KnowledgeBase:Path", log);
    }

    public void Dispose() => folder.Dispose();
}
