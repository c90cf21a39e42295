using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Serilog;
using Serilog.Extensions.Hosting;
using Serilog.Extensions.Logging;
using Serilog.Formatting.Json;

namespace SysMgmt.ServiceDefaults.Logging;

public static class SerilogLoggingExtensions
{
    private const string HostingDiagnosticsCategory = "Microsoft.AspNetCore.Hosting.Diagnostics";

    /// <summary>
    /// Structured JSON logs on stdout through Serilog (levels from the "Serilog" configuration section; sinks and
    /// enrichers registered in DI join in), and the diagnostic context that request logging fills. Serilog is one
    /// Microsoft.Extensions.Logging provider rather than the whole factory, so the "Logging" filters and other
    /// providers (tests add one that keeps entries in memory) see every event too.
    /// </summary>
    public static TBuilder AddSerilogJsonLogging<TBuilder>(this TBuilder builder) where TBuilder : IHostApplicationBuilder
    {
        var configuration = builder.Configuration;
        builder.Logging.ClearProviders();
        // ASP.NET's own "Request starting/finished" lines carry the query string, where cloud-init referral tokens
        // travel; the request event below replaces them, so they stay off whatever level an operator sets.
        builder.Logging.AddFilter(HostingDiagnosticsCategory, LogLevel.Warning);
        builder.Services.AddSingleton<Serilog.ILogger>(services => new LoggerConfiguration()
            .ReadFrom.Configuration(configuration)
            .ReadFrom.Services(services)
            .Enrich.FromLogContext()
            .WriteTo.Console(new JsonFormatter(renderMessage: true))
            .CreateLogger());
        // The container disposes (and so flushes) the logger; the provider must not do it a second time.
        builder.Services.AddSingleton<ILoggerProvider>(services => new SerilogLoggerProvider(services.GetRequiredService<Serilog.ILogger>()));
        builder.Services.AddSingleton(services => new DiagnosticContext(services.GetRequiredService<Serilog.ILogger>()));
        builder.Services.AddSingleton<IDiagnosticContext>(services => services.GetRequiredService<DiagnosticContext>());
        return builder;
    }
}
