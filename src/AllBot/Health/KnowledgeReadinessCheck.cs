using AllBot.Hosting;
using AllBot.WarmUp;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace AllBot.Health;

/// <summary>Ready when a knowledge base is loaded, the start-up warm-up is over, and the engine answers its probe question.</summary>
internal sealed class KnowledgeReadinessCheck(KnowledgeSource knowledge, StartupWarmUp warmUp) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken)
    {
        if (!knowledge.IsLoaded) return Task.FromResult(HealthCheckResult.Unhealthy("No knowledge base is loaded; the log lists its problems."));
        if (!warmUp.IsComplete) return Task.FromResult(HealthCheckResult.Unhealthy("Warming up."));
        using var lease = knowledge.Acquire();
        return Task.FromResult(KnowledgeProbe.Answers(lease.Engine)
            ? HealthCheckResult.Healthy()
            : HealthCheckResult.Unhealthy("The probe question was not answered."));
    }
}
