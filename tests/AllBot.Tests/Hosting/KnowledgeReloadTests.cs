using System.Net;
using AllBot.Testing;
using AllBot.Tests.TestDoubles;

namespace AllBot.Tests.Hosting;

/// <summary>
/// Editors change the knowledge base while the bot runs: a valid edit is published without a restart; a broken one is
/// logged with its file and line while the bot keeps answering with what it had; the fix is published in turn.
/// </summary>
public sealed class KnowledgeReloadTests : IAsyncLifetime
{
    private const string Article = "articles/what-is-all.md";
    private const string Program = "programs/will-car-t-cell-therapy-work-for-solid-tumor-cancers.md";
    private const string Question = "what is ALL?";
    private readonly KnowledgeBaseFolder folder = new();
    private BotApp app = null!;
    private HttpClient client = null!;

    public Task InitializeAsync()
    {
        app = new BotApp(new Dictionary<string, string?>
        {
            ["KnowledgeBase:Path"] = folder.Path,
            ["KnowledgeBase:Watch"] = "true",
            ["KnowledgeBase:ReloadDelay"] = "00:00:00.100",
        });
        client = app.CreateClient();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await app.DisposeAsync();
        folder.Dispose();
    }

    [Fact]
    public async Task An_edit_is_published_a_broken_edit_keeps_the_previous_content_and_the_fix_is_published()
    {
        Assert.DoesNotContain("EDITED-ONE", await Ask.RepliesAsync(client, Question));

        // Edit: the new passage text is what the bot says next.
        folder.Replace(Article, "is a form of blood cancer", "is a form of blood cancer (EDITED-ONE)");
        await Eventually.TrueAsync(async () => (await Ask.RepliesAsync(client, Question)).Contains("EDITED-ONE"), "the edit is published");

        // Break: the problem is logged with its file and line, and the bot keeps the edited content and stays ready.
        var line = Array.FindIndex(File.ReadAllLines(folder.File(Program)), l => l.StartsWith("speakers:", StringComparison.Ordinal)) + 1;
        folder.Replace(Program, "speakers: [Dr. David Maloney]", "speakers: [Dr. David Maloney");
        folder.Replace(Article, "(EDITED-ONE)", "(EDITED-TWO)");
        await Eventually.TrueAsync(() => app.Logs.Entries.Any(e => e.Contains($"{Program}:{line}", StringComparison.Ordinal)
            || e.Contains($"{Program}:{line + 1}", StringComparison.Ordinal)), "the broken line is logged");
        Assert.Contains(app.Logs.Entries, e => e.Contains("AllBot keeps answering with version", StringComparison.Ordinal));
        var replies = await Ask.RepliesAsync(client, Question);
        Assert.Contains("EDITED-ONE", replies);
        Assert.DoesNotContain("EDITED-TWO", replies);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/readyz")).StatusCode);

        // Fix: the whole folder, with the edit made meanwhile, is published.
        folder.Replace(Program, "speakers: [Dr. David Maloney", "speakers: [Dr. David Maloney]");
        await Eventually.TrueAsync(async () => (await Ask.RepliesAsync(client, Question)).Contains("EDITED-TWO"), "the fix is published");
    }

    [Fact]
    public async Task A_deleted_file_is_a_problem_and_the_bot_keeps_answering()
    {
        File.Delete(folder.File("bot-wording.md"));

        await Eventually.TrueAsync(() => app.Logs.Entries.Any(e => e.Contains("bot-wording.md: the file is missing", StringComparison.Ordinal)),
            "the missing file is logged");
        Assert.Contains("lymphoblast", await Ask.RepliesAsync(client, Question));
    }
}
