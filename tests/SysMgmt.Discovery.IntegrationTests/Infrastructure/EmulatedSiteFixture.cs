namespace SysMgmt.Discovery.IntegrationTests.Infrastructure;

/// <summary>One <see cref="EmulatedSite"/> with every mockup, shared by a test class.</summary>
public sealed class EmulatedSiteFixture : IAsyncLifetime
{
    public EmulatedSite Site { get; private set; } = null!;

    public async ValueTask InitializeAsync() => Site = await EmulatedSite.StartAsync();

    public async ValueTask DisposeAsync() => await Site.DisposeAsync();
}
