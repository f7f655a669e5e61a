using AllBot.Hosting;
using AllBot.Knowledge.Answers;
using AllBot.Knowledge.Content;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace AllBot.BrowserTests;

/// <summary>The real Web Chat widget on the real page, talking to the real bot over the built-in Direct Line.</summary>
[Collection(BrowserCollection.Name)]
public sealed class WebChatBrowserTests(BrowserFixture fixture, ITestOutputHelper output)
{
    private const string VideoQuestion = "Can CAR-T treat solid tumors?";
    private const string VideoTitle = "Will CAR T-Cell Therapy Work for Solid Tumor Cancers?";

    /// <summary>"Watch" for a program with its own page; "Find it on our website" while the editors have not added it.</summary>
    private static readonly System.Text.RegularExpressions.Regex VideoButton = new("^(Watch|Find it on our website)$");

    private BotWording Wording => fixture.Server.Services.GetRequiredService<KnowledgeSource>().Wording!;

    [ChromiumTheory]
    [InlineData("websocket")]
    [InlineData("polling")]
    public async Task A_visitor_is_welcomed_then_gets_the_passage_the_video_card_and_the_emergency_reply(string transport)
    {
        await using var visit = await fixture.OpenAsync($"/?transport={transport}");

        await visit.BotSaysAsync(Visit.Recognisable(Wording.Welcome));
        await visit.AskAsync("what is a lymphoblast?");
        await visit.BotSaysAsync("called a lymphoblast");
        await visit.AskAsync(VideoQuestion);
        await visit.BotSaysAsync(VideoTitle);
        await Assertions.Expect(visit.Page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { NameRegex = VideoButton }).First).ToBeVisibleAsync();
        await visit.AskAsync("I can't breathe properly");
        var urgent = await visit.BotSaysAsync(Visit.Recognisable(Wording.Urgent));
        await urgent.ScrollIntoViewIfNeededAsync();

        var screenshot = Path.Combine(RepoPaths.Artifacts, $"webchat-{transport}.png");
        await visit.Page.ScreenshotAsync(new PageScreenshotOptions { Path = screenshot });
        output.WriteLine($"Screenshot: {screenshot}");
        Console.WriteLine($"Screenshot: {screenshot}");

        Assert.Equal(0, await visit.Page.GetByText("Send failed").CountAsync());
        Assert.Empty(visit.RequestsOffTheApp);
        Assert.Empty(visit.Problems);
        Assert.All(visit.Sockets, url => Assert.True(visit.IsApp(url), url));
        if (transport == "websocket") Assert.NotEmpty(visit.Sockets);
        else Assert.Empty(visit.Sockets);
    }

    [ChromiumFact]
    public async Task The_video_cards_button_opens_the_address_the_engine_gave()
    {
        string? expected;
        using (var lease = fixture.Server.Services.GetRequiredService<KnowledgeSource>().Acquire())
            expected = lease.Engine.Answerer.Answer(VideoQuestion).Videos.Single(video => video.Title == VideoTitle).Url;
        Assert.NotNull(expected);
        await using var visit = await fixture.OpenAsync("/");
        await visit.AskAsync(VideoQuestion);
        var card = await visit.BotSaysAsync(VideoTitle);

        var opened = visit.Context.WaitForPageAsync();
        var button = visit.Page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { NameRegex = VideoButton }).First;
        await button.ClickAsync();
        var popup = await opened;

        // The popup's request is recorded and aborted by the visit: nothing leaves the machine.
        await popup.WaitForLoadStateAsync(LoadState.DOMContentLoaded).ContinueWith(_ => { });
        Assert.Equal([expected], visit.RequestsOffTheApp.Distinct());
        Assert.NotNull(card);
    }

    [ChromiumFact]
    public async Task The_page_has_no_serious_or_critical_accessibility_violations()
    {
        await using var visit = await fixture.OpenAsync("/");
        await visit.BotSaysAsync(Visit.Recognisable(Wording.Welcome));
        await visit.AskAsync(VideoQuestion);
        await visit.BotSaysAsync(VideoTitle);

        var results = await visit.Page.RunAxe();

        var serious = results.Violations.Where(v => v.Impact is "serious" or "critical").ToList();
        var report = Path.Combine(RepoPaths.Artifacts, "axe.txt");
        await File.WriteAllLinesAsync(report, [$"{results.Passes.Length} rules passed, {results.Violations.Length} violated", .. results.Violations.Select(Describe)]);
        output.WriteLine($"axe report: {report}");
        Assert.True(serious.Count == 0, string.Join("\n", serious.Select(Describe)));
    }

    [ChromiumFact]
    public async Task On_a_small_phone_the_name_disclaimer_and_send_box_fit_the_screen()
    {
        await using var visit = await fixture.OpenAsync("/", width: 320, height: 640);
        await visit.BotSaysAsync(Visit.Recognisable(Wording.Welcome));

        var scrollWidth = await visit.Page.EvaluateAsync<int>("document.documentElement.scrollWidth");
        Assert.True(scrollWidth <= 320, $"The page is {scrollWidth}px wide on a 320px screen.");
        await Assertions.Expect(visit.Page.GetByRole(AriaRole.Heading, new PageGetByRoleOptions { Name = Wording.BotName, Exact = true })).ToBeInViewportAsync();
        await Assertions.Expect(visit.Page.Locator("#disclaimer")).ToBeInViewportAsync();
        await Assertions.Expect(visit.Page.Locator("[data-id=\"webchat-sendbox-input\"]")).ToBeInViewportAsync();
    }

    private static string Describe(AxeResultItem violation) =>
        $"{violation.Impact} {violation.Id}: {violation.Help}: {string.Join(" | ", violation.Nodes.Select(n => n.Html))}";
}
