using Microsoft.AspNetCore.HttpLogging;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Serilog;
using Serilog.Formatting.Json;

namespace SysMgmt.ServiceDefaults.Logging;

public static class SerilogLoggingExtensions
{
    /// <summary>
    /// Structured JSON logs on stdout through Serilog (levels from the "Serilog" configuration section),
    /// plus ASP.NET's request logging. Serilog.AspNetCore is not available here, so this goes through
    /// Serilog.Extensions.Logging.
    /// </summary>
    public static TBuilder AddSerilogJsonLogging<TBuilder>(this TBuilder builder) where TBuilder : IHostApplicationBuilder
    {
        var serilog = new LoggerConfiguration()
            .ReadFrom.Configuration(builder.Configuration)
            .Enrich.FromLogContext()
            .WriteTo.Console(new JsonFormatter(renderMessage: true))
            .CreateLogger();
        builder.Logging.ClearProviders().AddSerilog(serilog, dispose: true);
        builder.Services.AddHttpLogging(options =>
        {
            options.CombineLogs = true;
            options.LoggingFields = HttpLoggingFields.RequestPropertiesAndHeaders & ~HttpLoggingFields.RequestHeaders
                | HttpLoggingFields.ResponseStatusCode | HttpLoggingFields.Duration;
        });
        return builder;
    }
}
