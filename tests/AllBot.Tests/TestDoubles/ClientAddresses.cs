using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Mvc.Testing;

namespace AllBot.Tests.TestDoubles;

/// <summary>Clients that reach the app from an address of the test's choosing.</summary>
public static class ClientAddresses
{
    /// <summary>An in-memory client whose requests arrive from <paramref name="address"/> (the test server sets none by itself).</summary>
    public static HttpClient CreateClientFrom(this WebApplicationFactory<Program> app, string address)
    {
        var remote = IPAddress.Parse(address);
        return new HttpClient(app.Server.CreateHandler(context => context.Connection.RemoteIpAddress = remote))
        {
            BaseAddress = new Uri("http://localhost"),
        };
    }

    /// <summary>
    /// A real socket client bound to the loopback address <paramref name="local"/> (any of 127.0.0.0/8 on Linux), so a
    /// server on loopback sees a different peer address per client, as it would see different visitors.
    /// </summary>
    public static HttpClient LoopbackClient(Uri server, string local, int connections = 1) => new(new SocketsHttpHandler
    {
        MaxConnectionsPerServer = connections,
        ConnectCallback = async (context, cancellationToken) =>
        {
            var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
            try
            {
                socket.Bind(new IPEndPoint(IPAddress.Parse(local), 0));
                await socket.ConnectAsync(context.DnsEndPoint, cancellationToken);
                return new NetworkStream(socket, ownsSocket: true);
            }
            catch
            {
                socket.Dispose();
                throw;
            }
        },
    })
    {
        BaseAddress = server,
    };
}
