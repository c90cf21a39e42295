using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Serilog;
using Serilog.Events;

namespace SysMgmt.ServiceDefaults.Logging;

/// <summary>
/// One structured event per request (Serilog.AspNetCore): method, path without the query (cloud-init referral tokens
/// travel there), route template, status, duration and client address. Never headers or bodies, so a bearer token,
/// a BMC password or secret user-data cannot reach the log.
/// </summary>
public static class RequestLogging
{
    public const string MessageTemplate = "HTTP {RequestMethod} {RequestPath} ({RouteTemplate}) responded {StatusCode} in {Elapsed:0.0000} ms";

    /// <summary>
    /// Logs this endpoint's requests at Debug, not Information: routes that every node calls at boot (boot scripts,
    /// cloud-init) would otherwise flood the log during a boot storm. Failures (5xx, exceptions) are errors all the same.
    /// </summary>
    public static TBuilder WithQuietRequestLog<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(QuietRequestLog.Instance);

    public static WebApplication UseSysMgmtRequestLogging(this WebApplication app)
    {
        app.UseSerilogRequestLogging(options =>
        {
            options.Logger = app.Services.GetRequiredService<ILogger>();
            options.MessageTemplate = MessageTemplate;
            options.GetLevel = Level;
            options.EnrichDiagnosticContext = (diagnostics, context) =>
            {
                diagnostics.Set("RouteTemplate", (context.GetEndpoint() as RouteEndpoint)?.RoutePattern.RawText ?? "(none)");
                diagnostics.Set("ClientAddress", context.Connection.RemoteIpAddress?.ToString() ?? "(unknown)");
            };
        });
        return app;
    }

    private static LogEventLevel Level(HttpContext context, double elapsedMilliseconds, Exception? exception) =>
        exception is not null || context.Response.StatusCode >= StatusCodes.Status500InternalServerError ? LogEventLevel.Error
        : context.GetEndpoint()?.Metadata.GetMetadata<QuietRequestLog>() is not null ? LogEventLevel.Debug
        : LogEventLevel.Information;

    private sealed class QuietRequestLog
    {
        public static readonly QuietRequestLog Instance = new();
    }
}
