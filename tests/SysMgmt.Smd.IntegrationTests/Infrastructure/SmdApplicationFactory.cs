using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using SysMgmt.Testing.Logging;

namespace SysMgmt.Smd.IntegrationTests.Infrastructure;

/// <summary>
/// SMD's real pipeline (routing, auth, problems, EF Core, migrations) on an in-memory test server, behind
/// <see cref="InternalsLeakGuard"/>.
/// </summary>
public sealed class SmdApplicationFactory(IEnumerable<KeyValuePair<string, string?>> settings) : WebApplicationFactory<Program>
{
    public ListLoggerProvider Logs { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        // Keep test output readable; tests that assert on logs read them from Logs.
        builder.UseSetting("Serilog:MinimumLevel", "Warning");
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }

        var connectionString = settings.First(s => s.Key == "ConnectionStrings:Smd").Value!;
        builder.ConfigureServices(services => services
            .AddSingleton<ILoggerProvider>(Logs)
            .AddSingleton<IStartupFilter>(new InternalsLeakGuard(connectionString)));
    }
}
