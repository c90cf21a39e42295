using Microsoft.Extensions.Options;
using SysMgmt.ServiceDefaults.Data;

namespace SysMgmt.Smd.Changes;

internal static class ChangeFeedServiceCollectionExtensions
{
    /// <summary>The feed's reader, retention sweep and change notifications; switched off through the connections' session settings.</summary>
    public static IServiceCollection AddChangeFeed(this IServiceCollection services)
    {
        services.AddOptions<ChangeFeedOptions>().BindConfiguration(ChangeFeedOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<DatabaseSessionOptions>().Configure<IOptions<ChangeFeedOptions>>((session, feed) =>
        {
            if (!feed.Value.Enabled)
            {
                session.Settings["smd.changes"] = "off";
            }
        });
        services.AddSingleton<ChangeFeedReader>();
        services.AddSingleton<ChangeSignal>();
        services.AddSingleton<ChangeRetention>();
        services.AddScoped<ChangeFeed>();
        services.AddSingleton<ChangeNotificationListener>();
        services.AddHostedService<ChangeRetentionWorker>();
        return services;
    }
}
