using Microsoft.AspNetCore.Builder;

namespace AllBot.Tests.TestDoubles;

/// <summary>A small web app on a free loopback port: the stand-ins for the hosts AllBot talks to are built on it.</summary>
public sealed class StandInServer : IAsyncDisposable
{
    private readonly WebApplication app;

    private StandInServer(WebApplication app, Uri address)
    {
        this.app = app;
        Address = address;
    }

    /// <summary>The server's origin, e.g. http://127.0.0.1:41234.</summary>
    public Uri Address { get; }

    /// <summary>Starts a server whose routes <paramref name="map"/> adds.</summary>
    public static async Task<StandInServer> StartAsync(Action<WebApplication> map)
    {
        var app = WebApplication.CreateSlimBuilder().Build();
        // Port 0: Kestrel picks a free port, and the address list then holds the port it bound.
        app.Urls.Add("http://127.0.0.1:0");
        map(app);
        await app.StartAsync();
        return new StandInServer(app, new Uri(app.Urls.Single()));
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
