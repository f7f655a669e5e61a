using Microsoft.AspNetCore.Cors.Infrastructure;

namespace AllBot.Hosting;

/// <summary>Wires <see cref="AllowedOrigins"/> and its CORS policy, which features put on their endpoints.</summary>
public static class AllowedOriginsHostingExtensions
{
    public static IHostApplicationBuilder AddAllowedOrigins(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<OriginsOptions>().BindConfiguration(OriginsOptions.Section)
            .Validate(o => o.AllowedOrigins.All(HttpOrigin.IsValid), "WebChat:AllowedOrigins must be origins such as https://www.example.org (no path).")
            .ValidateOnStart();
        builder.Services.AddSingleton<AllowedOrigins>();
        builder.Services.AddCors();
        builder.Services.AddOptions<CorsOptions>().Configure<AllowedOrigins>((cors, origins) => cors.AddPolicy(AllowedOrigins.CorsPolicy, policy => policy
            .WithOrigins([.. origins.Others])
            .WithHeaders(AllowedOrigins.CorsHeaders)
            .WithMethods("GET", "POST")));
        return builder;
    }

    /// <summary>CORS, before the rate limiter, so that a refusal carries the headers a page on an allowed site needs to read it.</summary>
    public static WebApplication UseAllowedOrigins(this WebApplication app)
    {
        app.UseCors();
        return app;
    }
}
