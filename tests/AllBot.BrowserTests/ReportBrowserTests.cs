using System.Collections.Concurrent;
using AllBot.Cli;
using AllBot.Insights;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace AllBot.BrowserTests;

/// <summary>The editors' report of a store the bot filled, as Chromium renders it from a file.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ReportBrowserTests(BrowserFixture fixture)
{
    [ChromiumFact]
    public async Task The_report_of_a_store_filled_by_the_bot_renders_its_charts_and_requests_nothing()
    {
        var wording = fixture.Server.Wording;
        await using (var visit = await fixture.OpenAsync("/"))
        {
            await visit.BotSaysAsync(Visit.Recognisable(wording.Welcome));
            await visit.AskAsync("Can CAR-T treat solid tumors?");
            await visit.BotSaysAsync("Will CAR T-Cell Therapy Work for Solid Tumor Cancers?");
            await visit.AskAsync("frobnicate the quasar");
            await visit.BotSaysAsync(Visit.Recognisable(wording.NoAnswer));
        }
        await fixture.Server.Services.GetRequiredService<InsightRecorder>().FlushAsync();
        var file = Path.Combine(RepoPaths.Artifacts, "insights-report.html");

        var exit = await CommandLine.RunAsync(["report", "--days", "7", "--out", file, $"--Insights:Path={fixture.Server.InsightsPath}"]);

        Assert.Equal(0, exit);
        var requests = new ConcurrentQueue<string>();
        var context = await fixture.Browser.NewContextAsync();
        await context.RouteAsync("**/*", async route =>
        {
            requests.Enqueue(route.Request.Url);
            if (route.Request.Url.StartsWith("file:", StringComparison.Ordinal)) await route.ContinueAsync();
            else await route.AbortAsync();
        });
        var page = await context.NewPageAsync();
        var problems = new ConcurrentQueue<string>();
        page.Console += (_, message) => { if (message.Type is "error" or "warning") problems.Enqueue(message.Text); };
        await page.GotoAsync(new Uri(file).AbsoluteUri);

        var charts = page.Locator("figure[role=img] svg");
        Assert.True(await charts.CountAsync() >= 3, $"{await charts.CountAsync()} charts");
        foreach (var chart in await charts.AllAsync())
        {
            var box = await chart.BoundingBoxAsync();
            Assert.True(box is { Width: > 100, Height: > 50 }, "a chart has no size");
            Assert.True(await chart.Locator("rect, path").CountAsync() > 3, "a chart draws nothing");
        }
        await Assertions.Expect(page.GetByRole(AriaRole.Img, new PageGetByRoleOptions { Name = "Turns per day by outcome" })).ToBeVisibleAsync();
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(RepoPaths.Artifacts, "insights-report.png"), FullPage = true });
        Assert.Equal([new Uri(file).AbsoluteUri], requests.Distinct());
        Assert.Empty(problems);
        await context.CloseAsync();
    }
}
