using System.Diagnostics;
using OpenTelemetry;

namespace AllBot.Telemetry;

/// <summary>
/// Removes from HTTP spans what could identify a person or carry their words before any exporter sees them: the
/// request path becomes the route template (<c>/v3/directline/conversations/{conversationId}/activities</c>, not the
/// id), an outgoing call keeps only its host, and query strings (the stream's token), user agents and client addresses
/// are dropped.
/// </summary>
internal sealed class TelemetryScrubber : BaseProcessor<Activity>
{
    private static readonly string[] Dropped =
    [
        "url.query", "user_agent.original", "client.address", "client.port", "network.peer.address", "network.peer.port",
        "http.url", "http.target", "http.user_agent", "http.client_ip", "net.peer.ip",
    ];

    public override void OnEnd(Activity data)
    {
        foreach (var tag in Dropped) data.SetTag(tag, null);
        if (data.GetTagItem("url.full") is string full && Uri.TryCreate(full, UriKind.Absolute, out var address))
        {
            data.SetTag("url.full", address.GetLeftPart(UriPartial.Authority) + "/");
        }
        if (data.GetTagItem("url.path") is not null) data.SetTag("url.path", data.GetTagItem("http.route"));
    }
}
