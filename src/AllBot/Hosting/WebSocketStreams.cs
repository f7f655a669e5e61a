namespace AllBot.Hosting;

/// <summary>WebSockets for whatever streams to browsers (the Direct Line stream), with pings that find dead peers.</summary>
public static class WebSocketStreams
{
    public static WebApplication UseWebSocketStreams(this WebApplication app)
    {
        // Browsers answer pings by themselves; a peer that stops answering is gone, and its stream's place is freed.
        app.UseWebSockets(new WebSocketOptions { KeepAliveInterval = TimeSpan.FromSeconds(30), KeepAliveTimeout = TimeSpan.FromSeconds(60) });
        return app;
    }
}
