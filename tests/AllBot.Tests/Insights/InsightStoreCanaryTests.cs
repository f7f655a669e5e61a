using System.Text;
using System.Text.Json.Nodes;
using AllBot.Insights;
using AllBot.Tests.Channels.DirectLine;
using AllBot.Tests.TestDoubles;
using Microsoft.Extensions.DependencyInjection;

namespace AllBot.Tests.Insights;

/// <summary>
/// A unique sentence, with an e-mail address and a phone number, sent through every way in with the real bot and
/// engine: by default the insight store keeps counts of it and nothing of what was typed, nor who typed it; with
/// <c>Insights:KeepUnansweredQuestions</c> it keeps the unanswered question and the rating's words, scrubbed.
/// </summary>
public sealed class InsightStoreCanaryTests
{
    // Letters only: digit runs are scrubbed, and the canary must survive scrubbing where text is kept.
    private readonly string canary = "zqx" + new string(Guid.NewGuid().ToString("n").Select(c => char.IsDigit(c) ? (char)('g' + c - '0') : c).ToArray())
        + " frobnication of my quasar";
    private const string Email = "pat.patient@example.org";
    private const string Phone = "07700 900123";

    private string Question => $"{canary} write to {Email} or call {Phone}";

    private async Task<BotApp> RunEverythingThroughAsync(Dictionary<string, string?> settings)
    {
        var connector = await FakeConnector.StartAsync();
        await using var _ = connector;
        var app = new BotApp(settings);
        var http = app.CreateClient();
        var url = connector.ServiceUrl;

        await http.PostActivityAsync(Activities.EmulatorMessage(url, Question));
        await http.PostActivityAsync(Activities.TeamsMention("personal", url, Question));
        await http.PostActivityAsync(Activities.TeamsMention("personal", url, "what is a lymphoblast?"));
        var rated = connector.Replies.Last(r => r.Body["channelData"]?["feedbackLoop"] is not null);
        var invoke = Activities.Teams("invoke", "personal", url);
        invoke["name"] = "message/submitAction";
        invoke["replyToId"] = rated.Id;
        invoke["value"] = new JsonObject
        {
            ["actionName"] = "feedback",
            ["actionValue"] = new JsonObject { ["reaction"] = "dislike", ["feedback"] = new JsonObject { ["feedbackText"] = Question }.ToJsonString() },
        };
        await http.PostActivityAsync(invoke);
        using var webChat = new DirectLineTestClient(app.CreateClient());
        var session = await webChat.StartAsync();
        using var posted = await webChat.PostMessageAsync(session, Question);
        await app.Services.GetRequiredService<InsightRecorder>().FlushAsync();
        return app;
    }

    private static string StoreBytes(BotApp app) => string.Concat(
        Directory.EnumerateFiles(Path.GetDirectoryName(app.InsightsPath)!, Path.GetFileName(app.InsightsPath) + "*")
            .Select(file => Encoding.Latin1.GetString(File.ReadAllBytes(file))));

    [Fact]
    public async Task By_default_the_store_counts_the_turns_and_holds_no_text_and_no_user_id()
    {
        await using var app = await RunEverythingThroughAsync([]);

        var summary = await app.InsightsAsync();
        Assert.Equal(3, summary.Days.Sum(d => d.Count("no_answer")));
        Assert.Contains(summary.Ratings, r => r.Kind == "answer" && r.Down == 1);
        Assert.Empty(summary.Kept);
        var bytes = StoreBytes(app);
        Assert.True(bytes.Length > 0);
        Assert.DoesNotContain(canary, bytes, StringComparison.Ordinal);
        Assert.DoesNotContain("frobnication", bytes, StringComparison.Ordinal);
        Assert.DoesNotContain("lymphoblast?", bytes, StringComparison.Ordinal);
        Assert.DoesNotContain(Email, bytes, StringComparison.Ordinal);
        Assert.DoesNotContain("29:user-id", bytes, StringComparison.Ordinal);
        Assert.DoesNotContain("aad-1", bytes, StringComparison.Ordinal);
        Assert.DoesNotContain("dl_", bytes, StringComparison.Ordinal);
    }

    [Fact]
    public async Task With_the_option_the_unanswered_question_and_the_rating_words_are_kept_scrubbed()
    {
        await using var app = await RunEverythingThroughAsync(new() { ["Insights:KeepUnansweredQuestions"] = "true" });

        var kept = (await app.InsightsAsync()).Kept;
        Assert.Equal(3, kept.Count(k => k.Kind == TextKept.Unanswered));
        var feedback = Assert.Single(kept, k => k.Kind == TextKept.Feedback);
        Assert.Equal($"{canary} write to [email] or call [phone]", feedback.Text);
        Assert.All(kept, k => Assert.StartsWith(canary, k.Text));
        var bytes = StoreBytes(app);
        Assert.DoesNotContain(Email, bytes, StringComparison.Ordinal);
        Assert.DoesNotContain(Phone, bytes, StringComparison.Ordinal);
        Assert.DoesNotContain("lymphoblast?", bytes, StringComparison.Ordinal);
        Assert.DoesNotContain("29:user-id", bytes, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Turning_the_option_off_deletes_what_was_kept()
    {
        var path = Path.Combine(Path.GetTempPath(), "allbot-tests", $"kept-{Guid.NewGuid():n}.db");
        try
        {
            await using (var keeping = await RunEverythingThroughAsync(new() { ["Insights:KeepUnansweredQuestions"] = "true", ["Insights:Path"] = path }))
            {
                Assert.NotEmpty(Kept(path));
            }

            await using var app = new BotApp(new Dictionary<string, string?> { ["Insights:Path"] = path });
            app.CreateClient();
            await app.Services.GetRequiredService<InsightRecorder>().FlushAsync();

            Assert.Empty(Kept(path));
        }
        finally
        {
            foreach (var file in Directory.EnumerateFiles(Path.GetDirectoryName(path)!, Path.GetFileName(path) + "*")) File.Delete(file);
        }
    }

    private static IReadOnlyList<AllBot.Insights.Report.KeptText> Kept(string path)
    {
        using var store = InsightStore.OpenForReading(path);
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        return AllBot.Insights.Report.InsightSummary.Read(store, today.AddDays(-1), today).Kept;
    }
}
