namespace SysMgmt.Smd.Locks;

internal static class LockServiceCollectionExtensions
{
    public static IServiceCollection AddLocks(this IServiceCollection services)
    {
        services.AddOptions<ReservationOptions>().BindConfiguration(ReservationOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<LockRequestParser>();
        services.AddScoped<LockingTransaction>();
        services.AddScoped<LockService>();
        services.AddScoped<ReservationService>();
        services.AddSingleton<ReservationSweeper>();
        services.AddHostedService(sp => sp.GetRequiredService<ReservationSweeper>());
        return services;
    }
}
