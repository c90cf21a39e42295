using System.Reflection;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace SysMgmt.ServiceDefaults.Hosting;

/// <summary>
/// The one way a service builds and runs its host. Settings come, later winning, from the defaults compiled into
/// the executable, appsettings files in the content root, the operator's <c>--config FILE</c>, environment variables
/// (<c>Section__Key</c>) and command-line flags (<c>--Section:Key=value</c>); docs/configuration.md. Under systemd
/// the service reports readiness and stopping (<c>Type=notify</c>, deploy/systemd/).
/// </summary>
public static class ServiceHost
{
    /// <summary>
    /// The exit code of a service whose configuration is not valid: EX_CONFIG of sysexits.h, which the systemd units
    /// list in <c>RestartPreventExitStatus=</c> because restarting cannot fix it.
    /// </summary>
    public const int ConfigurationErrorExitCode = 78;

    /// <summary>
    /// Builds the service and runs it until it is stopped. Configuration errors are listed on stderr, without a stack trace,
    /// and ends the process with <see cref="ConfigurationErrorExitCode"/>.
    /// </summary>
    /// <param name="args">The process's arguments.</param>
    /// <param name="service">The service's assembly, which embeds its defaults as the resource <c>appsettings.json</c>.</param>
    /// <param name="addService">Registers the service's own parts (after the shared defaults).</param>
    /// <param name="mapService">Maps the service's routes.</param>
    public static int Run(string[] args, Assembly service, Action<WebApplicationBuilder> addService, Action<WebApplication> mapService)
    {
        try
        {
            var builder = WebApplication.CreateBuilder(ServiceCommandLine.Translate(args));
            ServiceSettingsSources.Add(builder.Configuration, service);
            builder.Services.AddSystemd();
            builder.AddServiceDefaults();
            addService(builder);
            var app = builder.Build();
            app.UseServiceDefaults();
            mapService(app);
            app.Run();
            return 0;
        }
        catch (Exception e) when (ConfigurationErrors(e) is { Count: > 0 } errors)
        {
            Console.Error.WriteLine($"error: {service.GetName().Name} cannot start: its configuration is not valid:");
            errors.ForEach(error => Console.Error.WriteLine($"  - {error}"));
            return ConfigurationErrorExitCode;
        }
    }

    private static List<string> ConfigurationErrors(Exception e) => e switch
    {
        OptionsValidationException validation => [.. validation.Failures],
        AggregateException aggregate => [.. aggregate.InnerExceptions.SelectMany(ConfigurationErrors)],
        ConfigurationFileNotFoundException missing => [missing.Message],
        _ => [],
    };
}
