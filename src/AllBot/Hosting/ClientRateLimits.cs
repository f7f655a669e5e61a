using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace AllBot.Hosting;

/// <summary>
/// Rate limits per client address (<see cref="ClientAddress"/>), in fixed one-minute windows. Each feature adds its own
/// policies; a refused call gets 429 with Retry-After (whole seconds), which the Web Chat widget waits for.
/// </summary>
public static class ClientRateLimits
{
    public static IHostApplicationBuilder AddClientRateLimits(this IHostApplicationBuilder builder)
    {
        builder.Services.AddRateLimiter(limiter => limiter.OnRejected = RejectAsync);
        return builder;
    }

    /// <summary>After CORS, so that a refusal carries the CORS headers a page on an allowed site needs to read it.</summary>
    public static WebApplication UseClientRateLimits(this WebApplication app)
    {
        app.UseRateLimiter();
        return app;
    }

    /// <summary>Adds the policy <paramref name="name"/>: as many requests a minute per client address as <paramref name="permits"/> reads from the options.</summary>
    public static IServiceCollection AddPerClientPolicy<TOptions>(this IServiceCollection services, string name, Func<TOptions, int> permits)
        where TOptions : class
    {
        services.AddOptions<RateLimiterOptions>().Configure<IOptions<TOptions>>((limiter, options) =>
            limiter.AddPolicy(name, http => PerMinute(http, permits(options.Value))));
        return services;
    }

    /// <summary><paramref name="permits"/> a minute for the address <paramref name="http"/> comes from.</summary>
    public static RateLimitPartition<string> PerMinute(HttpContext http, int permits) =>
        RateLimitPartition.GetFixedWindowLimiter(ClientAddress.Key(http), _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = permits,
            Window = TimeSpan.FromMinutes(1),
            QueueLimit = 0,
        });

    /// <summary>Sets Retry-After to <paramref name="wait"/> in whole seconds, at least one.</summary>
    public static void SetRetryAfter(HttpResponse response, TimeSpan wait) =>
        response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds)).ToString(CultureInfo.InvariantCulture);

    private static async ValueTask RejectAsync(OnRejectedContext context, CancellationToken cancellationToken)
    {
        var response = context.HttpContext.Response;
        response.StatusCode = StatusCodes.Status429TooManyRequests;
        SetRetryAfter(response, context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromMinutes(1));
        await response.WriteAsJsonAsync(
            new { title = "Too many requests", status = 429, detail = "Please wait a moment before sending more." },
            cancellationToken);
    }
}
