using AllBot.Insights;
using AllBot.Insights.Report;
using AllBot.Knowledge.Content;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace AllBot.BrowserTests;

/// <summary>Citations, thumbs up and down, and follow-ups in the real Web Chat 4.18.1 widget, against the real bot.</summary>
[Collection(BrowserCollection.Name)]
public sealed class CitationAndFeedbackBrowserTests(BrowserFixture fixture)
{
    private const string Question = "what is a lymphoblast?";
    private const string VideoQuestion = "Can CAR-T treat solid tumors?";

    private BotWording Wording => fixture.Server.Wording;

    private static ILocator Thumbs(Visit visit, string name) =>
        visit.Page.Locator(".webchat__basic-transcript").GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = name, Exact = true });

    [ChromiumFact]
    public async Task An_answer_shows_a_footnote_citation_that_links_to_its_source()
    {
        var passage = fixture.Server.Answer(Question).Passages[0];
        Assert.NotNull(passage.Url);
        await using var visit = await fixture.OpenAsync("/");
        await visit.BotSaysAsync(Visit.Recognisable(Wording.Welcome));

        await visit.AskAsync(Question);
        await visit.BotSaysAsync("called a lymphoblast");

        // The marker [1] in the text, and the footnote list under it: "1 What is ALL?", a link to the article.
        var transcript = visit.Page.Locator(".webchat__basic-transcript");
        await Assertions.Expect(transcript.Locator($"a[href=\"{passage.Url}\"]", new LocatorLocatorOptions { HasText = "1" }).First).ToBeVisibleAsync();
        var footnote = transcript.Locator($"a.webchat__link-definitions__list-item-box[href=\"{passage.Url}\"]");
        await Assertions.Expect(footnote).ToHaveCountAsync(1);
        await Assertions.Expect(footnote).ToContainTextAsync(passage.Source);
        Assert.Equal(0, await transcript.GetByText($"Source: {passage.Source}").CountAsync());
        await visit.Page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(RepoPaths.Artifacts, "webchat-citation.png") });
        Assert.Empty(visit.Problems);
    }

    [ChromiumFact]
    public async Task Thumbs_appear_on_answers_only_and_a_click_is_recorded_for_the_answer()
    {
        var recorder = fixture.Server.Services.GetRequiredService<InsightRecorder>();
        var before = await ThumbsUpOfPassagesAsync(recorder);
        await using var visit = await fixture.OpenAsync("/");
        await visit.BotSaysAsync(Visit.Recognisable(Wording.Welcome));
        Assert.Equal(0, await Thumbs(visit, "Like").CountAsync());

        await visit.AskAsync(Question);
        await visit.BotSaysAsync("called a lymphoblast");
        await Assertions.Expect(Thumbs(visit, "Like")).ToHaveCountAsync(1);
        await Assertions.Expect(Thumbs(visit, "Dislike")).ToHaveCountAsync(1);
        await visit.AskAsync("hello");
        await visit.BotSaysAsync(Visit.Recognisable(Wording.Greeting));
        await visit.AskAsync("I can't breathe properly");
        await visit.BotSaysAsync(Visit.Recognisable(Wording.Urgent));
        await Assertions.Expect(Thumbs(visit, "Like")).ToHaveCountAsync(1);

        await Thumbs(visit, "Like").ClickAsync();

        var passage = fixture.Server.Answer(Question).Passages[0].Id;
        await Eventually.TrueAsync(async () => (await ThumbsUpOfPassagesAsync(recorder)).GetValueOrDefault(passage) == before.GetValueOrDefault(passage) + 1,
            "the like was not recorded for the answer's passage");
        Assert.Empty(visit.Problems);
    }

    [ChromiumFact]
    public async Task Follow_ups_leave_no_empty_you_could_also_ask_bubble_behind()
    {
        await using var visit = await fixture.OpenAsync("/");
        await visit.BotSaysAsync(Visit.Recognisable(Wording.Welcome));

        await visit.AskAsync(VideoQuestion);
        await visit.BotSaysAsync("Will CAR T-Cell Therapy Work for Solid Tumor Cancers?");
        // The follow-ups show above the send box, on the answer's last message, not in a bubble of their own.
        var followUp = fixture.Server.Answer(VideoQuestion).Suggestions[0];
        var suggested = visit.Page.Locator(".webchat__suggested-actions").GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = followUp });
        await suggested.ClickAsync();
        await Assertions.Expect(visit.Page.Locator(".webchat__bubble--from-user").GetByText(followUp)).ToBeVisibleAsync();
        await visit.AskAsync(Question);
        await visit.BotSaysAsync("called a lymphoblast");

        var prompt = Wording.FollowUps.TrimEnd(':');
        Assert.Equal(0, await visit.Page.Locator(".webchat__basic-transcript").GetByText(prompt).CountAsync());
        Assert.Equal(0, await visit.Page.Locator(".webchat__basic-transcript .webchat__bubble:not(.webchat__bubble--from-user)")
            .Filter(new LocatorFilterOptions { HasNotText = " " }).CountAsync());
        await visit.Page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(RepoPaths.Artifacts, "webchat-follow-ups.png") });
        Assert.Empty(visit.Problems);
    }

    /// <summary>Thumbs up per passage in the server's store, once everything queued is written.</summary>
    private async Task<Dictionary<string, long>> ThumbsUpOfPassagesAsync(InsightRecorder recorder)
    {
        await recorder.FlushAsync();
        if (!File.Exists(fixture.Server.InsightsPath)) return [];
        using var store = InsightStore.OpenForReading(fixture.Server.InsightsPath);
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        return InsightSummary.Read(store, today.AddDays(-1), today.AddDays(1)).Ratings
            .Where(r => r.Kind == InsightStore.PassageKind).ToDictionary(r => r.Item, r => r.Up);
    }
}
