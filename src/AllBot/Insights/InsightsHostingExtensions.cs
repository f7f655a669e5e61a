using Microsoft.Extensions.Compliance.Redaction;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace AllBot.Insights;

/// <summary>Wires the editors' insight store: the recorder turns use, and its writer in the background.</summary>
public static class InsightsHostingExtensions
{
    public static IHostApplicationBuilder AddInsights(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<InsightsOptions>().BindConfiguration(InsightsOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddRedaction(redaction => redaction.SetRedactor<FreeTextRedactor>(FreeTextRedactor.FreeText));
        builder.Services.AddSingleton<InsightRecorder>();
        builder.Services.AddSingleton<RatedAnswers>();
        builder.Services.AddHostedService<InsightWriter>();
        return builder;
    }
}
