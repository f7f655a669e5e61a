namespace AllBot.Channels.DirectLine;

/// <summary>Wires the built-in Direct Line 3.0 channel used by the web chat.</summary>
public static class DirectLineHostingExtensions
{
    public static IHostApplicationBuilder AddDirectLine(this IHostApplicationBuilder builder) => builder;

    public static WebApplication MapDirectLine(this WebApplication app) => app;
}
