namespace SysMgmt.Smd.Discovery;

internal static class DiscoveryServiceCollectionExtensions
{
    /// <summary>The discovery routes' services (the ingestion's are registered with the RedfishEndpoints).</summary>
    public static IServiceCollection AddDiscoveryStatus(this IServiceCollection services) =>
        services.AddScoped<DiscoveryStatusService>().AddScoped<DiscoverAdvisor>();
}
