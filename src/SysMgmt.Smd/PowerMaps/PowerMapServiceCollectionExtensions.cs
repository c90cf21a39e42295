namespace SysMgmt.Smd.PowerMaps;

internal static class PowerMapServiceCollectionExtensions
{
    public static IServiceCollection AddPowerMaps(this IServiceCollection services) => services.AddScoped<PowerMapService>();
}
