using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Npgsql;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace SysMgmt.ServiceDefaults.Telemetry;

/// <summary>
/// OpenTelemetry as eShop's ServiceDefaults wires it: ASP.NET Core, HttpClient, .NET runtime and Npgsql
/// instruments plus each service's own meter, scraped as Prometheus text at <c>/metrics</c>, and exported over
/// OTLP when a collector is configured.
/// </summary>
public static class TelemetryExtensions
{
    /// <summary>The meters of the .NET runtime and of Kestrel's connections, which need no instrumentation package.</summary>
    private static readonly string[] s_platformMeters = ["System.Runtime", "Microsoft.AspNetCore.Server.Kestrel"];

    public static TBuilder AddSysMgmtTelemetry<TBuilder>(this TBuilder builder) where TBuilder : IHostApplicationBuilder
    {
        builder.Services.AddOptions<TelemetryOptions>().BindConfiguration(TelemetryOptions.SectionName);
        // Which pipelines exist is decided once, at startup; the options object above serves the endpoint mapping.
        var settings = builder.Configuration.GetSection(TelemetryOptions.SectionName).Get<TelemetryOptions>() ?? new TelemetryOptions();
        var otlp = string.IsNullOrWhiteSpace(settings.OtlpEndpoint) ? null : new Uri(settings.OtlpEndpoint);
        if (!settings.Metrics && otlp is null)
        {
            return builder;
        }

        var telemetry = builder.Services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(builder.Environment.ApplicationName));
        if (settings.Metrics)
        {
            telemetry.WithMetrics(metrics =>
            {
                metrics.AddAspNetCoreInstrumentation()
                    .AddHttpClientInstrumentation()
                    .AddNpgsqlInstrumentation()
                    .AddMeter(s_platformMeters)
                    .AddPrometheusExporter();
                if (otlp is not null)
                {
                    metrics.AddOtlpExporter(exporter => exporter.Endpoint = otlp);
                }
            });
        }

        if (otlp is not null)
        {
            telemetry.WithTracing(tracing => tracing
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation()
                .AddNpgsql()
                .AddOtlpExporter(exporter => exporter.Endpoint = otlp));
        }

        return builder;
    }

    /// <summary>Adds a service's own meter to the metrics pipeline (a no-op with metrics off).</summary>
    public static IServiceCollection AddServiceMeter(this IServiceCollection services, string meterName) =>
        services.ConfigureOpenTelemetryMeterProvider(metrics => metrics.AddMeter(meterName));

    /// <summary>
    /// Serves <c>/metrics</c> when metrics are on. Public like the health routes: Prometheus scrapes without a token,
    /// and the figures are counts and durations by route, never data.
    /// </summary>
    public static WebApplication MapMetricsEndpoint(this WebApplication app)
    {
        var settings = app.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<TelemetryOptions>>().Value;
        if (settings.Metrics)
        {
            app.MapPrometheusScrapingEndpoint(settings.MetricsPath).AllowAnonymous().ExcludeFromDescription();
        }

        return app;
    }
}
