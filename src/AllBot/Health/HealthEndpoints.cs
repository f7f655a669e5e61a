using Microsoft.AspNetCore.Diagnostics.HealthChecks;

namespace AllBot.Health;

/// <summary>
/// <c>GET /healthz</c> (the process is alive) and <c>GET /readyz</c> (it can answer: the knowledge base is loaded, the
/// warm-up has finished and a probe question is answered). Anonymous, outside the bot's authentication, the rate limits
/// and the Direct Line checks; the body is one status word (Healthy or Unhealthy), and not ready is 503.
/// </summary>
public static class HealthEndpoints
{
    public const string AlivePath = "/healthz";
    public const string ReadyPath = "/readyz";
    private const string ReadyTag = "ready";

    public static IHostApplicationBuilder AddHealth(this IHostApplicationBuilder builder)
    {
        builder.Services.AddHealthChecks().AddCheck<KnowledgeReadinessCheck>("knowledge", tags: [ReadyTag]);
        return builder;
    }

    public static WebApplication MapHealthEndpoints(this WebApplication app)
    {
        // No check runs for "alive": a broken knowledge base must make the host unready, never get it restarted in a loop.
        app.MapHealthChecks(AlivePath, new HealthCheckOptions { Predicate = _ => false }).AllowAnonymous().DisableRateLimiting();
        app.MapHealthChecks(ReadyPath, new HealthCheckOptions { Predicate = check => check.Tags.Contains(ReadyTag) })
            .AllowAnonymous().DisableRateLimiting();
        return app;
    }
}
