using System.Net;
using AllBot.Hosting;
using AllBot.Knowledge.Answers;
using AllBot.Knowledge.Content;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace AllBot.BrowserTests;

/// <summary>
/// The real app (real bot, real knowledge engine on the repository's knowledge-base) served by Kestrel on a free
/// loopback port, as <c>dotnet run</c> serves it.
/// </summary>
public sealed class AllBotServer : WebApplicationFactory<Program>
{
    public AllBotServer() => UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));

    /// <summary>This server's insight store, in the temp folder.</summary>
    public string InsightsPath { get; } = Path.Combine(Path.GetTempPath(), "allbot-browser-tests", $"insights-{Guid.NewGuid():n}.db");

    /// <summary>The editors' wording the server answers with now.</summary>
    public BotWording Wording => Services.GetRequiredService<KnowledgeSource>().Wording!;

    /// <summary>What the server's engine answers to <paramref name="question"/> (a first message), to know what the page should show.</summary>
    public Answer Answer(string question)
    {
        using var lease = Services.GetRequiredService<KnowledgeSource>().Acquire();
        return lease.Engine.Answerer.Answer(question);
    }

    /// <summary>The app's origin, e.g. http://127.0.0.1:41234.</summary>
    public Uri Origin { get; private set; } = null!;

    public void Start()
    {
        StartServer();
        var address = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        Origin = new Uri(address);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("KnowledgeBase:Path", RepoPaths.KnowledgeBase);
        builder.UseSetting("Insights:Path", InsightsPath);
        // The browser tests test the page, not the start-up: no warm-up, and the repository's folder is not watched.
        builder.UseSetting("WarmUp:Enabled", "false");
        builder.UseSetting("KnowledgeBase:Watch", "false");
        // The embed test shows the chat on this (fake) other site.
        builder.UseSetting("WebChat:AllowedOrigins:0", BrowserFixture.EmbeddingSite);
    }
}
