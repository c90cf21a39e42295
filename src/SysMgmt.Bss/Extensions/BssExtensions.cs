using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using SysMgmt.Bss.BootParameters;
using SysMgmt.Bss.BootScript;
using SysMgmt.Bss.CloudInit;
using SysMgmt.Bss.EndpointHistory;
using SysMgmt.Bss.NodeIndex;
using SysMgmt.Bss.Service;
using SysMgmt.Bss.Telemetry;
using SysMgmt.ServiceDefaults.Data;
using SysMgmt.ServiceDefaults.Health;
using SysMgmt.ServiceDefaults.Telemetry;

namespace SysMgmt.Bss.Extensions;

internal static class BssExtensions
{
    public const string ConnectionName = "Bss";
    public const string Schema = "bss";

    public static TBuilder AddBss<TBuilder>(this TBuilder builder) where TBuilder : IHostApplicationBuilder
    {
        var services = builder.Services;
        services.AddOptions<BssOptions>().BindConfiguration(BssOptions.SectionName).ValidateOnStart();
        services.AddSingleton<IValidateOptions<BssOptions>, BssOptionsValidator>();

        // BSS answers boot scripts from memory; losing PostgreSQL stops writes, not boots.
        builder.AddServiceDatabase(ConnectionName, Schema, typeof(BssExtensions).Assembly, HealthStatus.Degraded);

        services.AddSingleton<BootParametersStore>();
        services.AddSingleton<BootParametersCache>();
        services.AddSingleton<BootParametersSync>();
        services.AddSingleton<BootParametersListener>();
        services.AddHostedService(sp => sp.GetRequiredService<BootParametersListener>());
        services.AddSingleton<BootParametersService>();
        services.AddSingleton<BootParametersQuery>();
        services.AddSingleton<BootDataResolver>();

        services.AddSingleton<NodeDirectory>();
        services.AddSingleton<SmdToken>();
        services.AddSingleton<NodeIndexCatchUp>();
        services.AddHttpClient<SmdClient>((sp, client) =>
        {
            var smd = sp.GetRequiredService<IOptions<BssOptions>>().Value.Smd;
            client.BaseAddress = new Uri(smd.Url.TrimEnd('/'));
            client.Timeout = smd.Timeout;
        });
        services.AddHostedService<NodeIndexRefreshWorker>();
        services.AddSingleton<NodeIndexStreamWorker>();
        services.AddHostedService(sp => sp.GetRequiredService<NodeIndexStreamWorker>());
        services.AddHostedService<NodeIndexCompactionWorker>();

        services.AddSingleton<BssMetrics>();
        services.AddServiceMeter(BssMetrics.MeterName);
        services.AddSingleton<BootScriptSettings>();
        services.AddSingleton<PreparedParametersCache>();
        services.AddSingleton<BootScriptService>();
        services.AddSingleton<ClientAddressResolver>();
        services.AddSingleton<CloudInitService>();

        services.AddSingleton<EndpointAccessRecorder>();
        services.AddSingleton<EndpointHistoryStore>();
        services.AddSingleton<EndpointHistoryWorker>();
        services.AddHostedService(sp => sp.GetRequiredService<EndpointHistoryWorker>());

        services.AddHealthChecks()
            .AddCheck<BootParametersHealthCheck>("boot-parameters", tags: [HealthEndpoints.ReadyTag])
            .AddCheck<NodeIndexHealthCheck>("smd-node-index", tags: [HealthEndpoints.ReadyTag]);
        return builder;
    }

    public static WebApplication MapBssApi(this WebApplication app)
    {
        app.MapServiceApi();
        app.MapBootScriptApi();
        app.MapBootParametersApi();
        app.MapHostsApi();
        app.MapEndpointHistoryApi();
        app.MapCloudInitApi();
        return app;
    }
}
