using AllBot.Bot;
using AllBot.Hosting;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace AllBot.Channels.DirectLine;

/// <summary>Wires the built-in Direct Line 3.0 channel used by the web chat.</summary>
public static class DirectLineHostingExtensions
{
    /// <summary>
    /// Registers the channel: limits, tokens, conversations (with their idle sweep), the sessions pages start, the adapter
    /// that runs the bot (the <see cref="Microsoft.Bot.Builder.IBot"/> registered by the bot), the stream cap and the
    /// per-client rate limit. It stands alone: it needs the host's allowed origins and WebSockets (Hosting/), nothing
    /// from the web chat page.
    /// </summary>
    public static IHostApplicationBuilder AddDirectLine(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<DirectLineOptions>()
            .BindConfiguration(DirectLineOptions.Section)
            .ValidateDataAnnotations()
            .Validate(o => string.IsNullOrWhiteSpace(o.SigningKey) || IsLongBase64(o.SigningKey), "DirectLine:SigningKey must be base64 of at least 32 bytes.")
            .ValidateOnStart();
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<DirectLineTokenService>();
        builder.Services.AddSingleton<ConversationStore>();
        builder.Services.AddSingleton<DirectLineAccess>();
        // Its turns fail as the Bot Framework adapter's do (one handler, registered by whichever comes first).
        builder.Services.TryAddSingleton<TurnErrorHandler>();
        builder.Services.AddSingleton<DirectLineAdapter>();
        builder.Services.AddSingleton<DirectLineStreamCap>();
        builder.Services.AddSingleton<DirectLineSessions>();
        builder.Services.AddHostedService<ConversationSweeper>();
        builder.Services.AddPerClientPolicy<DirectLineOptions>(DirectLineRateLimits.Clients, options => options.RequestsPerMinutePerClient);
        return builder;
    }

    public static WebApplication MapDirectLine(this WebApplication app)
    {
        app.MapDirectLineEndpoints();
        return app;
    }

    private static bool IsLongBase64(string text)
    {
        var bytes = new byte[text.Length];
        return Convert.TryFromBase64String(text, bytes, out var written) && written >= 32;
    }
}
