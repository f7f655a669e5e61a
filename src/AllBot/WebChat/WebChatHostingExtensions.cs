using System.IO.Compression;
using AllBot.Hosting;
using AllBot.Knowledge.Content;
using Microsoft.AspNetCore.Hosting.StaticWebAssets;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.Extensions.Options;

namespace AllBot.WebChat;

/// <summary>
/// Serves the web chat page, its scripts and the embed script, and the page's token endpoint. What the whole app
/// needs (origins, security headers, WebSockets, the rate limiter) is in Hosting/; the page's sessions come from the
/// built-in Direct Line's own API or from Azure's (<see cref="IChatSessions"/>).
/// </summary>
public static class WebChatHostingExtensions
{
    public static IHostApplicationBuilder AddWebChat(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<WebChatOptions>()
            .BindConfiguration(WebChatOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        // The page's scripts and the widget are static web assets: a published app has them in wwwroot, a built one
        // finds them through the build's manifest, which the framework reads in Development only.
        if (builder.Environment is IWebHostEnvironment web && !web.IsDevelopment())
        {
            StaticWebAssetsLoader.UseStaticWebAssets(web, builder.Configuration);
        }
        builder.Services.AddHttpClient<AzureDirectLineTokens>(client => client.Timeout = TimeSpan.FromSeconds(15));
        builder.Services.AddSingleton<BuiltInChatSessions>();
        builder.Services.AddTransient<IChatSessions>(sp => sp.GetRequiredService<IOptions<WebChatOptions>>().Value.UsesAzure
            ? sp.GetRequiredService<AzureDirectLineTokens>()
            : sp.GetRequiredService<BuiltInChatSessions>());
        // In Azure mode the page talks to Azure's Direct Line, over HTTPS and its stream.
        builder.Services.AddOptions<SecurityHeadersOptions>().Configure<IOptions<WebChatOptions>>((headers, options) =>
        {
            if (!options.Value.UsesAzure) return;
            var azure = options.Value.DirectLineEndpoint;
            headers.ConnectSources.AddRange([azure.GetLeftPart(UriPartial.Authority), $"wss://{azure.Authority}"]);
        });
        builder.Services.AddPerClientPolicy<WebChatOptions>(WebChatTokenEndpoint.RateLimitPolicy, options => options.ConversationsPerMinutePerClient);
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

    /// <summary>The page's static files, compressed.</summary>
    public static WebApplication UseWebChat(this WebApplication app)
    {
        app.UseResponseCompression();
        app.UseStaticFiles(new StaticFileOptions
        {
            OnPrepareResponse = file => file.Context.Response.Headers.CacheControl =
                file.Context.Request.Query.ContainsKey("v") ? "public, max-age=31536000, immutable" : "public, max-age=3600",
        });
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
