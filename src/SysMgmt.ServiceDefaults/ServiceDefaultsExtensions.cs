using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using SysMgmt.ServiceDefaults.Health;
using SysMgmt.ServiceDefaults.Http;
using SysMgmt.ServiceDefaults.Logging;
using SysMgmt.ServiceDefaults.OpenApi;
using SysMgmt.ServiceDefaults.Problems;
using SysMgmt.ServiceDefaults.Telemetry;

namespace Microsoft.Extensions.Hosting;

/// <summary>What every SysMgmt service shares: logging, errors, JSON conventions, health, auth, telemetry and OpenAPI.</summary>
public static class ServiceDefaultsExtensions
{
    public static TBuilder AddServiceDefaults<TBuilder>(this TBuilder builder) where TBuilder : IHostApplicationBuilder
    {
        builder.AddSerilogJsonLogging();
        builder.AddSysMgmtProblemDetails();
        builder.AddSysMgmtAuthentication();
        builder.AddSysMgmtTelemetry();
        builder.AddSysMgmtOpenApi();
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddHealthChecks();
        // Kestrel reads only its endpoints from configuration; bind the rest too, so Kestrel:Limits:* take effect.
        builder.Services.Configure<KestrelServerOptions>(builder.Configuration.GetSection("Kestrel"));
        builder.Services.ConfigureHttpJsonOptions(options =>
        {
            // The HMS APIs are PascalCase on the wire, matched case-insensitively, with empty fields omitted.
            options.SerializerOptions.PropertyNamingPolicy = null;
            options.SerializerOptions.PropertyNameCaseInsensitive = true;
            options.SerializerOptions.DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull;
        });
        return builder;
    }

    /// <summary>The shared middleware, in order, then the health endpoints. Call before mapping the service's APIs.</summary>
    public static WebApplication UseServiceDefaults(this WebApplication app)
    {
        // Outermost, so each request's event carries the status the client finally got.
        app.UseSysMgmtRequestLogging();
        app.UseTrailingSlashTolerance();
        app.UseSysMgmtProblemDetails();
        app.UseRouting();
        app.UseSysMgmtAuthentication();
        app.MapHealthEndpoints();
        app.MapMetricsEndpoint();
        app.MapOpenApiDocuments();
        return app;
    }
}
