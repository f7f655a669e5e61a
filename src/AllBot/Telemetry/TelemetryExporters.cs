namespace AllBot.Telemetry;

/// <summary>
/// Where telemetry goes, read from the settings each exporter itself reads (environment variables on a server):
/// <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> for an OpenTelemetry collector, <c>APPLICATIONINSIGHTS_CONNECTION_STRING</c> for
/// Azure Monitor. With neither, nothing is collected and nothing leaves the process.
/// </summary>
public sealed record TelemetryExporters(bool Otlp, bool AzureMonitor)
{
    public const string OtlpEndpointSetting = "OTEL_EXPORTER_OTLP_ENDPOINT";
    public const string AzureMonitorSetting = "APPLICATIONINSIGHTS_CONNECTION_STRING";

    public bool Any => Otlp || AzureMonitor;

    public static TelemetryExporters From(IConfiguration configuration) => new(
        !string.IsNullOrWhiteSpace(configuration[OtlpEndpointSetting]),
        !string.IsNullOrWhiteSpace(configuration[AzureMonitorSetting]));
}
