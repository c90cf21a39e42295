namespace SysMgmt.ServiceDefaults.Telemetry;

/// <summary>Metrics and traces (section <c>Telemetry</c>, env <c>Telemetry__Metrics</c> etc.).</summary>
public sealed class TelemetryOptions
{
    public const string SectionName = "Telemetry";

    /// <summary>Collects metrics and serves them at <see cref="MetricsPath"/> in the Prometheus text format.</summary>
    public bool Metrics { get; set; } = true;

    public string MetricsPath { get; set; } = "/metrics";

    /// <summary>
    /// An OTLP collector (e.g. <c>http://127.0.0.1:4317</c>) that gets metrics and traces. Traces are recorded only
    /// when this is set: nothing else would read them. The standard <c>OTEL_EXPORTER_OTLP_*</c> variables
    /// (protocol, headers) refine the exporter.
    /// </summary>
    public string? OtlpEndpoint { get; set; }
}
