namespace SysMgmt.Smd.EthernetInterfaces;

internal static class EthernetInterfaceServiceCollectionExtensions
{
    public static IServiceCollection AddEthernetInterfaces(this IServiceCollection services) =>
        services
            .AddScoped<EthernetInterfaceQueryService>()
            .AddScoped<EthernetInterfaceWriteService>()
            .AddScoped<EthernetInterfaceUpsertService>();
}
