using AllBot.Insights;
using AllBot.Insights.Report;

namespace AllBot.Tests.Insights;

public sealed class InsightStoreTests : IDisposable
{
    private static readonly DateOnly Today = new(2026, 3, 10);
    private readonly string path = Path.Combine(Path.GetTempPath(), "allbot-tests", $"store-{Guid.NewGuid():n}.db");

    public void Dispose()
    {
        if (!Directory.Exists(Path.GetDirectoryName(path))) return;
        foreach (var file in Directory.EnumerateFiles(Path.GetDirectoryName(path)!, Path.GetFileName(path) + "*")) File.Delete(file);
    }

    private InsightSummary Read()
    {
        using var store = InsightStore.OpenForReading(path);
        return InsightSummary.Read(store, Today.AddDays(-60), Today);
    }

    [Fact]
    public void Turns_are_counted_per_day_channel_and_outcome_with_what_they_showed()
    {
        using (var store = InsightStore.OpenForWriting(path))
        {
            store.Write([
                new TurnRecorded(Today, "webchat", "answer", ["p1"], ["v1"]),
                new TurnRecorded(Today, "webchat", "answer", ["p1", "p2"], []),
                new TurnRecorded(Today.AddDays(-1), "msteams", "no_answer", [], []),
            ], dropped: 3, Today, text => text);
        }

        var summary = Read();

        Assert.Equal(2, summary.Days.Single(d => d.Day == Today).Count("answer"));
        Assert.Equal(1, summary.Days.Single(d => d.Day == Today.AddDays(-1)).Count("no_answer"));
        Assert.Equal(61, summary.Days.Count);
        Assert.Equal(new Dictionary<string, long> { ["webchat"] = 2, ["msteams"] = 1 }, summary.TurnsByChannel);
        Assert.Equal([("passage", "p1", 2L), ("passage", "p2", 1L), ("program", "v1", 1L)], summary.Shown.Select(s => (s.Kind, s.Item, s.Count)));
        Assert.Equal(3, summary.Dropped);
    }

    [Fact]
    public void A_changed_rating_is_taken_back_so_each_answer_counts_once()
    {
        using (var store = InsightStore.OpenForWriting(path))
        {
            store.Write([
                new RatingRecorded(Today, "webchat", ["p1"], [], Like: true, Replaces: null),
                new RatingRecorded(Today, "webchat", ["p1"], [], Like: false, Replaces: true),
                new RatingRecorded(Today, "webchat", ["p1"], [], Like: true, Replaces: null),
            ], 0, Today, text => text);
        }

        var passage = Read().Ratings.Single(r => r.Kind == "passage");

        Assert.Equal((1L, 1L), (passage.Up, passage.Down));
    }

    [Fact]
    public void Kept_text_is_scrubbed_before_it_is_written_and_deleted_after_its_days()
    {
        using (var store = InsightStore.OpenForWriting(path))
        {
            store.Write([
                new TextKept(Today.AddDays(-31), "webchat", TextKept.Unanswered, "old question"),
                new TextKept(Today, "webchat", TextKept.Unanswered, "new question from a@b.org"),
            ], 0, Today, FreeTextRedactor.Scrub);
            Assert.Equal(1, store.DeleteKeptText(Today.AddDays(-30)));
        }

        var kept = Assert.Single(Read().Kept);
        Assert.Equal("new question from [email]", kept.Text);
        Assert.DoesNotContain("a@b.org", string.Concat(Directory.EnumerateFiles(Path.GetDirectoryName(path)!, Path.GetFileName(path) + "*")
            .Select(file => File.ReadAllText(file))));
    }

    [Fact]
    public void Reading_a_store_that_does_not_exist_says_so_and_creates_nothing()
    {
        Assert.Throws<FileNotFoundException>(() => InsightStore.OpenForReading(path));
        Assert.False(File.Exists(path));
    }
}
