using System.Threading.RateLimiting;
using AllBot.Channels;
using AllBot.Hosting;
using AllBot.Telemetry;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace AllBot.Bot;

/// <summary>Wires the Bot Framework adapter, the bot and POST /api/messages.</summary>
public static class BotHostingExtensions
{
    /// <summary>The Bot Framework Emulator's convention; used when no URL or port is configured.</summary>
    public const string DefaultUrl = "http://localhost:3978";

    public static IHostApplicationBuilder AddBot(this IHostApplicationBuilder builder)
    {
        UseDefaultUrlUnlessConfigured(builder.Configuration);

        var services = builder.Services;
        services.AddOptions<BotOptions>().BindConfiguration(BotOptions.Section)
            .ValidateDataAnnotations()
            .Validate(o => o.AllowedServiceUrls.All(HttpOrigin.IsValid),
                "Bot:AllowedServiceUrls must be origins such as https://bot-tunnel.example.org (no path).")
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<BotOptions>, AnonymousAccessValidator>();
        services.AddOptions<BotCredentials>().Configure<IConfiguration>((credentials, configuration) => configuration.Bind(credentials));
        services.AddOptions<ChannelRetryOptions>().BindConfiguration(ChannelRetryOptions.Section)
            .Validate(retry => retry.MaxRetries >= 0 && retry.BaseDelay >= TimeSpan.Zero && retry.TotalTimeout > TimeSpan.Zero,
                "Bot:ChannelRetry needs MaxRetries >= 0, BaseDelay >= 0 and TotalTimeout > 0.")
            .ValidateOnStart();
        services.AddSingleton<ServiceUrlAllowList>();
        ChannelHttpClientFactory.Register(services);
        services.AddOptions<RateLimiterOptions>().Configure<IOptions<BotOptions>, IOptions<BotCredentials>>((limiter, bot, credentials) =>
            limiter.AddPolicy(BotEndpoints.RateLimitPolicy, http => credentials.Value.IsAnonymous
                ? ClientRateLimits.PerMinute(http, bot.Value.MessagesPerMinutePerClient)
                // With an app id every request is authenticated (and a bad token refused) before any work.
                : RateLimitPartition.GetNoLimiter("authenticated")));

        services.AddSingleton<BotFrameworkAuthentication>(sp => new FailClosedAuthentication(
            new ConfigurationBotFrameworkAuthentication(
                sp.GetRequiredService<IConfiguration>(),
                httpClientFactory: new ChannelHttpClientFactory(sp.GetRequiredService<IHttpClientFactory>()),
                logger: sp.GetRequiredService<ILogger<ConfigurationBotFrameworkAuthentication>>()),
            sp.GetRequiredService<IOptions<BotCredentials>>().Value.IsAnonymous,
            sp.GetRequiredService<ILogger<FailClosedAuthentication>>()));
        services.AddSingleton<TeamsTenantFilter>();
        // One handler of failed turns for every adapter: the built-in Direct Line resolves it too.
        services.TryAddSingleton<TurnErrorHandler>();
        services.AddSingleton(sp => new AdapterWithErrorHandler(
            sp.GetRequiredService<BotFrameworkAuthentication>(),
            sp.GetRequiredService<TeamsTenantFilter>(),
            sp.GetRequiredService<TurnErrorHandler>(),
            sp.GetRequiredService<ILogger<AdapterWithErrorHandler>>()));
        // One bot for every adapter (the built-in Direct Line resolves IBot too), made per request: it answers with
        // the knowledge base that was current when the request began, even if a reload publishes another meanwhile.
        services.AddScoped<AllBotActivityHandler>();
        services.AddScoped<IBot>(sp => new TurnTelemetry(sp.GetRequiredService<AllBotActivityHandler>()));
        return builder;
    }

    public static WebApplication MapBotEndpoints(this WebApplication app)
    {
        // Built now, so a bad MicrosoftApp* combination stops start-up instead of failing the first request.
        app.Services.GetRequiredService<AdapterWithErrorHandler>();
        app.MapBotApi();
        return app;
    }

    /// <summary>
    /// <c>dotnet run</c> and a published build listen on <see cref="DefaultUrl"/> unless urls, ports or Kestrel
    /// endpoints are configured (ASPNETCORE_URLS, ASPNETCORE_HTTP_PORTS, --urls, Kestrel:Endpoints, as on a server).
    /// </summary>
    internal static void UseDefaultUrlUnlessConfigured(IConfigurationManager configuration)
    {
        string[] keys = ["urls", "http_ports", "https_ports"];
        var configured = keys.Any(key => !string.IsNullOrWhiteSpace(configuration[key]))
            || configuration.GetSection("Kestrel:Endpoints").GetChildren().Any();
        if (!configured) configuration["urls"] = DefaultUrl;
    }
}
