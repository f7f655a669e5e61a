using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace AllBot.BrowserTests;

/// <summary>
/// One visitor's page. Every request the page makes is recorded; requests to the app go through, anything else is
/// aborted (so nothing leaves the machine) and stays in <see cref="Requests"/> for the test to assert on.
/// </summary>
public sealed class Visit : IAsyncDisposable
{
    private readonly Uri origin;

    public Visit(IBrowserContext context, IPage page, Uri origin)
    {
        Context = context;
        Page = page;
        this.origin = origin;
        page.Console += (_, message) => { if (message.Type is "error" or "warning") Problems.Enqueue(message.Text); };
        page.PageError += (_, error) => Problems.Enqueue(error);
        page.WebSocket += (_, socket) => Sockets.Enqueue(socket.Url);
    }

    public IBrowserContext Context { get; }

    public IPage Page { get; }

    public ConcurrentQueue<string> Requests { get; } = new();

    public ConcurrentQueue<string> Sockets { get; } = new();

    /// <summary>Console errors and warnings, and uncaught script errors (a CSP refusal shows up here).</summary>
    public ConcurrentQueue<string> Problems { get; } = new();

    /// <summary>Lets through requests to the app; answers requests to <see cref="BrowserFixture.EmbeddingSite"/> with its page.</summary>
    public Func<IRoute, Task>? OtherSite { get; set; }

    public IEnumerable<string> RequestsOffTheApp => Requests.Where(url => !IsApp(url));

    public async Task RouteAsync(IRoute route)
    {
        var url = route.Request.Url;
        Requests.Enqueue(url);
        if (IsApp(url)) await route.ContinueAsync();
        else if (OtherSite is not null && url.StartsWith(BrowserFixture.EmbeddingSite, StringComparison.Ordinal)) await OtherSite(route);
        else await route.AbortAsync();
    }

    public bool IsApp(string url) => Uri.TryCreate(url, UriKind.Absolute, out var uri)
        && (uri.Scheme is "http" or "ws") && uri.Authority == origin.Authority;

    /// <summary>Types into the widget's send box and sends.</summary>
    public async Task AskAsync(string text, IFrameLocator? frame = null)
    {
        var box = (frame is null ? Page.Locator(SendBox) : frame.Locator(SendBox));
        await box.FillAsync(text);
        await box.PressAsync("Enter");
    }

    /// <summary>Waits until a bot message (bubble or card) shows <paramref name="text"/>.</summary>
    public async Task<ILocator> BotSaysAsync(string text, IFrameLocator? frame = null)
    {
        var transcript = frame is null ? Page.Locator(Transcript) : frame.Locator(Transcript);
        var found = transcript.GetByText(text).Filter(new LocatorFilterOptions { Visible = true }).First;
        await found.WaitForAsync(new LocatorWaitForOptions { Timeout = 30_000 });
        return found;
    }

    /// <summary>
    /// A run of plain words from <paramref name="wording"/>, enough to recognise it on the page: no Markdown, and no
    /// quotes or dashes, which the widget's Markdown renderer may turn into typographic ones.
    /// </summary>
    public static string Recognisable(string wording) =>
        Regex.Match(wording, @"[\p{L}][\p{L}\p{Zs},]{10,40}[\p{L}]").Value;

    public async ValueTask DisposeAsync() => await Context.CloseAsync();

    private const string SendBox = "[data-id=\"webchat-sendbox-input\"]";

    private const string Transcript = ".webchat__basic-transcript";
}
