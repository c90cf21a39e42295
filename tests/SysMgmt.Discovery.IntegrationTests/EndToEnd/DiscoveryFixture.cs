using SysMgmt.Discovery.IntegrationTests.Infrastructure;
using SysMgmt.Testing.Postgres;

namespace SysMgmt.Discovery.IntegrationTests.EndToEnd;

/// <summary>An emulated site with every mockup, and SMD and BSS to discover it into; shared by a test class.</summary>
public sealed class DiscoveryFixture(PostgresServerFixture postgres) : IAsyncLifetime
{
    public EmulatedSite Site { get; private set; } = null!;

    public ServiceStack Services { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        Site = await EmulatedSite.StartAsync();
        try
        {
            Services = await ServiceStack.StartAsync(postgres.Server, withBss: true);
        }
        catch
        {
            await Site.DisposeAsync();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        await Site.DisposeAsync();
    }
}
