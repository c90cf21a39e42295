namespace SysMgmt.Smd.Subscriptions;

internal static class ScnServiceCollectionExtensions
{
    /// <summary>The SCN subscription API's services and the dispatcher that delivers notifications.</summary>
    public static IServiceCollection AddScnSubscriptions(this IServiceCollection services)
    {
        services.AddOptions<ScnOptions>().BindConfiguration(ScnOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<ScnSubscriptionValidator>();
        services.AddScoped<ScnSubscriptionService>();
        services.AddSingleton<ScnMetrics>();
        services.AddSingleton<ScnSender>();
        services.AddHttpClient(ScnSender.HttpClientName, client => client.Timeout = Timeout.InfiniteTimeSpan)
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { AllowAutoRedirect = false })
            // The default request log names the URL, and a subscriber's URL may carry credentials.
            .RemoveAllLoggers();
        services.AddHostedService<ScnDispatcher>();
        return services;
    }
}
