namespace AllBot.Bot;

/// <summary>Wires the Bot Framework adapter, the bot and POST /api/messages.</summary>
public static class BotHostingExtensions
{
    public static IHostApplicationBuilder AddBot(this IHostApplicationBuilder builder) => builder;

    public static WebApplication MapBotEndpoints(this WebApplication app) => app;
}
