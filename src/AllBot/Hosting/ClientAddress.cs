using System.Net;
using System.Net.Sockets;

namespace AllBot.Hosting;

/// <summary>
/// Who a request comes from, for per-client limits: the peer's IP address, which is the visitor's own when a known
/// proxy forwarded it (<see cref="KnownProxies"/>). An IPv6 client counts as its /64 network, because one host may use
/// any address of its /64 and would otherwise get a new budget with each.
/// </summary>
public static class ClientAddress
{
    public static string Key(HttpContext http)
    {
        var address = http.Connection.RemoteIpAddress;
        if (address is null) return "unknown";
        if (address.IsIPv4MappedToIPv6) return address.MapToIPv4().ToString();
        if (address.AddressFamily != AddressFamily.InterNetworkV6) return address.ToString();
        Span<byte> bytes = stackalloc byte[16];
        address.TryWriteBytes(bytes, out _);
        bytes[8..].Clear();
        return new IPAddress(bytes) + "/64";
    }
}
