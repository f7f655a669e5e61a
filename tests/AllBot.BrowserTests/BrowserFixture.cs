using Microsoft.Playwright;

namespace AllBot.BrowserTests;

/// <summary>One app server and one Chromium for all browser tests; each test opens its own context (fresh storage).</summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    /// <summary>
    /// A site on another origin that embeds the chat; requests to it are answered by the test, never sent. It is
    /// "localhost" (a secure context) because Chromium lets only secure contexts ask to reach loopback, where the
    /// app is here.
    /// </summary>
    public const string EmbeddingSite = "http://localhost:5999";

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

    /// <summary>Opens <see cref="EmbeddingSite"/>, a page that embeds the chat with the README's one-line snippet.</summary>
    public async Task<Visit> OpenEmbeddingSiteAsync()
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = 1024, Height = 768 },
            // Here the app is on loopback and the site is not; Chromium asks the visitor before a site may reach
            // loopback (Local Network Access). A real deployment, public on both sides, never asks.
            Permissions = ["local-network-access"],
        });
        var visit = new Visit(context, await context.NewPageAsync(), Server.Origin)
        {
            OtherSite = route => route.FulfillAsync(new RouteFulfillOptions
            {
                ContentType = "text/html",
                Body = $"<!doctype html><html lang=\"en\"><head><title>A charity</title></head><body><main><h1>A charity</h1></main>" +
                    $"<script src=\"{new Uri(Server.Origin, "/embed.js")}\" async></script></body></html>",
            }),
        };
        await context.RouteAsync("**/*", visit.RouteAsync);
        await visit.Page.GotoAsync(EmbeddingSite + "/");
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
