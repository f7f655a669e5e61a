using AllBot.Insights;
using AllBot.Tests.TestDoubles;
using Microsoft.Extensions.Options;

namespace AllBot.Tests.Insights;

public sealed class InsightRecorderTests
{
    private static InsightRecorder Recorder(bool keepText = false, int capacity = 10_000) =>
        new(Options.Create(new InsightsOptions { KeepUnansweredQuestions = keepText, QueueCapacity = capacity }), TimeProvider.System);

    private static List<InsightEvent> Drain(InsightRecorder recorder)
    {
        var events = new List<InsightEvent>();
        while (recorder.Queue.TryRead(out var insight)) events.Add(insight);
        return events;
    }

    [Fact]
    public void When_the_queue_is_full_events_are_dropped_and_counted_without_waiting()
    {
        var recorder = Recorder(capacity: 16);

        var watch = System.Diagnostics.Stopwatch.StartNew();
        for (var i = 0; i < 20; i++) recorder.Answered("emulator", Canned.NoAnswer("q"));

        Assert.True(watch.ElapsedMilliseconds < 1000, $"{watch.ElapsedMilliseconds} ms");
        Assert.Equal(4, recorder.Dropped);
        Assert.Equal(16, Drain(recorder).Count);
    }

    [Fact]
    public void No_text_is_queued_unless_an_operator_keeps_unanswered_questions()
    {
        var recorder = Recorder();

        recorder.Answered("emulator", Canned.NoAnswer("my question"));
        recorder.Rated("msteams", new AllBot.Replies.RatedAnswer("a", ["p1"], []), like: false, replaces: null, words: "my words");

        Assert.DoesNotContain(Drain(recorder), e => e is TextKept);
    }

    [Fact]
    public void With_the_option_only_unanswered_questions_and_rating_words_are_queued_as_text()
    {
        var recorder = Recorder(keepText: true);

        recorder.Answered("emulator", Canned.NoAnswer("unanswered one"));
        recorder.Answered("emulator", Canned.Passage("answered one"));
        recorder.Answered("emulator", Canned.Urgent("urgent one"));
        recorder.Rated("msteams", new AllBot.Replies.RatedAnswer("a", ["p1"], []), like: false, replaces: null, words: " my words ");

        var kept = Drain(recorder).OfType<TextKept>().Select(t => (t.Kind, t.Text)).ToList();
        Assert.Equal([(TextKept.Unanswered, "unanswered one"), (TextKept.Feedback, "my words")], kept);
    }

    [Fact]
    public void Kept_text_never_shows_in_its_description()
    {
        Assert.DoesNotContain("secret", new TextKept(default, "emulator", TextKept.Unanswered, "secret").ToString());
    }

    [Fact]
    public async Task A_disabled_store_records_nothing_and_flushes_at_once()
    {
        var recorder = new InsightRecorder(Options.Create(new InsightsOptions { Enabled = false }), TimeProvider.System);

        recorder.Answered("emulator", Canned.NoAnswer("q"));
        await recorder.FlushAsync().WaitAsync(TimeSpan.FromSeconds(5));

        Assert.Empty(Drain(recorder));
    }
}
