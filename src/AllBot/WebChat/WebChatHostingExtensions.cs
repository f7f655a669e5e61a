using System.IO.Compression;
using AllBot.Hosting;
using AllBot.Knowledge.Content;
using Microsoft.AspNetCore.Hosting.StaticWebAssets;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace AllBot.WebChat;

/// <summary>Serves the web chat page, its token endpoint and the embed script.</summary>
public static class WebChatHostingExtensions
{
    public static IHostApplicationBuilder AddWebChat(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<WebChatOptions>()
            .BindConfiguration(WebChatOptions.Section)
            .ValidateDataAnnotations()
            .Validate(o => o.OriginsAreValid(), "WebChat:AllowedOrigins must be origins such as https://www.example.org (no path).")
            .ValidateOnStart();
        builder.Services.AddSingleton<WebChatOrigins>();
        // First of all start-up filters, so the headers wrap the framework's own middleware too.
        builder.Services.Insert(0, ServiceDescriptor.Transient<IStartupFilter, SecurityHeadersStartupFilter>());
        // The page's scripts and the widget are static web assets: a published app has them in wwwroot, a built one
        // finds them through the build's manifest, which the framework reads in Development only.
        if (builder.Environment is IWebHostEnvironment web && !web.IsDevelopment())
        {
            StaticWebAssetsLoader.UseStaticWebAssets(web, builder.Configuration);
        }
        // The server's name and version only help an attacker pick an exploit.
        builder.Services.Configure<Microsoft.AspNetCore.Server.Kestrel.Core.KestrelServerOptions>(kestrel => kestrel.AddServerHeader = false);
        builder.Services.AddHttpClient<AzureDirectLineTokens>(client => client.Timeout = TimeSpan.FromSeconds(15));
        builder.Services.AddCors();
        builder.Services.AddOptions<Microsoft.AspNetCore.Cors.Infrastructure.CorsOptions>()
            .Configure<WebChatOrigins>((cors, origins) => cors.AddPolicy(WebChatOrigins.CorsPolicy, policy => policy
                .WithOrigins([.. origins.Others])
                .WithHeaders(WebChatOrigins.CorsHeaders)
                .WithMethods("GET", "POST")));
        builder.Services.AddOptions<RateLimiterOptions>().Configure<IOptions<WebChatOptions>>((limiter, options) =>
            limiter.AddPolicy(WebChatTokenEndpoint.RateLimitPolicy,
                http => ClientRateLimits.PerMinute(http, options.Value.ConversationsPerMinutePerClient)));
        // Only scripts and styles are compressed: they hold no secrets, and the widget is 3.9 MB raw, about 1 MB sent.
        builder.Services.AddResponseCompression(o =>
        {
            o.EnableForHttps = true;
            o.MimeTypes = ["text/javascript", "application/javascript", "text/css"];
        });
        builder.Services.Configure<BrotliCompressionProviderOptions>(o => o.Level = CompressionLevel.Fastest);
        builder.Services.Configure<GzipCompressionProviderOptions>(o => o.Level = CompressionLevel.Fastest);
        return builder;
    }

    /// <summary>The web chat's middleware: compressed static files, WebSockets, CORS. The security headers come first of all (a start-up filter).</summary>
    public static WebApplication UseWebChat(this WebApplication app)
    {
        app.UseResponseCompression();
        app.UseStaticFiles(new StaticFileOptions
        {
            OnPrepareResponse = file => file.Context.Response.Headers.CacheControl =
                file.Context.Request.Query.ContainsKey("v") ? "public, max-age=31536000, immutable" : "public, max-age=3600",
        });
        // Browsers answer pings by themselves; a peer that stops answering is gone, and its stream's place is freed.
        app.UseWebSockets(new WebSocketOptions { KeepAliveInterval = TimeSpan.FromSeconds(30), KeepAliveTimeout = TimeSpan.FromSeconds(60) });
        app.UseCors();
        return app;
    }

    public static WebApplication MapWebChat(this WebApplication app)
    {
        app.MapGet("/", (BotWording wording, string? embed) =>
            TypedResults.Content(WebChatPage.Render(wording, embed == "1"), "text/html; charset=utf-8"));
        app.MapWebChatToken();
        return app;
    }
}
