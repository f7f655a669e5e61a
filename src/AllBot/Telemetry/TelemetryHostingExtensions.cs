using AllBot.Knowledge;
using Azure.Monitor.OpenTelemetry.AspNetCore;
using Microsoft.AspNetCore.RateLimiting;
using OpenTelemetry;
using OpenTelemetry.Instrumentation.AspNetCore;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace AllBot.Telemetry;

/// <summary>
/// Traces (HTTP requests, turns, answers and the answer pipeline's stages) and metrics (<see cref="BotMetrics"/>, ASP.NET
/// Core's), exported over OTLP and/or to Azure Monitor when configured (<see cref="TelemetryExporters"/>). Without an
/// exporter the OpenTelemetry SDK is not even registered, so it costs nothing and sends nothing.
/// </summary>
public static class TelemetryHostingExtensions
{
    public const string ServiceName = "allbot";

    public static IHostApplicationBuilder AddTelemetry(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton<BotMetrics>();
        builder.Services.AddOptions<RateLimiterOptions>().PostConfigure<BotMetrics>(CountRefusals);

        var exporters = TelemetryExporters.From(builder.Configuration);
        if (!exporters.Any) return builder;

        var telemetry = builder.Services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(ServiceName, serviceVersion: typeof(Program).Assembly.GetName().Version?.ToString()))
            .WithTracing(tracing => tracing
                // First, so no exporter added after it sees a span before it is scrubbed.
                .AddProcessor(new TelemetryScrubber())
                .AddSource(AllBotTelemetry.Name, KnowledgeTelemetry.SourceName)
                .AddAspNetCoreInstrumentation(http => http.Filter = IsTraced))
            .WithMetrics(metrics => metrics
                .AddMeter(AllBotTelemetry.Name)
                .AddAspNetCoreInstrumentation());
        if (exporters.Otlp) telemetry.UseOtlpExporter();
        if (exporters.AzureMonitor)
        {
            telemetry.UseAzureMonitor(azure =>
            {
                // Live Metrics streams sample requests with their addresses; the stored offline copies are files on disk.
                azure.EnableLiveMetrics = false;
                azure.DisableOfflineStorage = true;
            });
        }
        // After the distro's own settings: an exception's message can quote what someone typed.
        builder.Services.Configure<AspNetCoreTraceInstrumentationOptions>(http => http.RecordException = false);
        return builder;
    }

    /// <summary>Health probes and static files are left out of traces: they would drown the turns.</summary>
    private static bool IsTraced(HttpContext http) =>
        http.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase)
        || http.Request.Path.StartsWithSegments("/v3", StringComparison.OrdinalIgnoreCase);

    /// <summary>Counts every 429 by its policy, then answers it as configured (Direct Line's Retry-After, for one).</summary>
    private static void CountRefusals(RateLimiterOptions limiter, BotMetrics metrics)
    {
        var answer = limiter.OnRejected;
        limiter.OnRejected = (context, cancellationToken) =>
        {
            var policy = context.HttpContext.GetEndpoint()?.Metadata.GetMetadata<EnableRateLimitingAttribute>()?.PolicyName ?? "global";
            metrics.RateLimited(policy);
            return answer?.Invoke(context, cancellationToken) ?? ValueTask.CompletedTask;
        };
    }
}
