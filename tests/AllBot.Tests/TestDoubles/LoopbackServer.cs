using System.Net;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace AllBot.Tests.TestDoubles;

/// <summary>Serves a test app with Kestrel on a free port of 0.0.0.0, so clients can come from any loopback address.</summary>
public static class LoopbackServer
{
    /// <summary>Starts Kestrel (call before the app is first used) and returns its address on 127.0.0.1.</summary>
    public static Uri StartKestrel(this WebApplicationFactory<Program> app)
    {
        app.UseKestrel(kestrel => kestrel.Listen(IPAddress.Any, 0));
        app.StartServer();
        var address = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
        return new UriBuilder(address) { Host = "127.0.0.1" }.Uri;
    }
}
