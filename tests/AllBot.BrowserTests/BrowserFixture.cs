using Microsoft.Playwright;

namespace AllBot.BrowserTests;

/// <summary>One app server and one Chromium for all browser tests; each test opens its own context (fresh storage).</summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    /// <summary>A site on another origin that embeds the chat; requests to it are answered by the test, never sent.</summary>
    public const string EmbeddingSite = "http://site.test";

    private IPlaywright? playwright;

    public AllBotServer Server { get; } = new();

    public IBrowser Browser { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        if (Chromium.SkipReason is not null) return;
        // Belt and braces: the browser is Debian's; Playwright must never download one.
        Environment.SetEnvironmentVariable("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
        Server.Start();
        playwright = await Playwright.CreateAsync();
        Browser = await Chromium.LaunchAsync(playwright);
    }

    /// <summary>Opens a page on a phone-sized screen, with every request recorded and any request off the app aborted.</summary>
    public async Task<Visit> OpenAsync(string path, int width = 390, int height = 844)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = width, Height = height } });
        var visit = new Visit(context, await context.NewPageAsync(), Server.Origin);
        await context.RouteAsync("**/*", visit.RouteAsync);
        await visit.Page.GotoAsync(new Uri(Server.Origin, path).ToString());
        return visit;
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null) await Browser.CloseAsync();
        playwright?.Dispose();
        await Server.DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "browser";
}
