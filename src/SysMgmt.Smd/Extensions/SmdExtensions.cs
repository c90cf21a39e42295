using Microsoft.Extensions.Options;
using SysMgmt.ServiceDefaults.Data;
using SysMgmt.ServiceDefaults.Telemetry;
using SysMgmt.Smd.Changes;
using SysMgmt.Smd.ComponentEndpoints;
using SysMgmt.Smd.Components;
using SysMgmt.Smd.Credentials;
using SysMgmt.Smd.Data;
using SysMgmt.Smd.Discovery;
using SysMgmt.Smd.EthernetInterfaces;
using SysMgmt.Smd.Groups;
using SysMgmt.Smd.Hardware;
using SysMgmt.Smd.Inventory;
using SysMgmt.Smd.Locks;
using SysMgmt.Smd.NodeMaps;
using SysMgmt.Smd.PowerMaps;
using SysMgmt.Smd.RedfishEndpoints;
using SysMgmt.Smd.Service;
using SysMgmt.Smd.ServiceEndpoints;
using SysMgmt.Smd.Subscriptions;
using SysMgmt.Smd.Telemetry;

namespace SysMgmt.Smd.Extensions;

internal static class SmdExtensions
{
    public const string ConnectionName = "Smd";

    public static TBuilder AddSmd<TBuilder>(this TBuilder builder) where TBuilder : IHostApplicationBuilder
    {
        builder.Services.AddOptions<SmdOptions>().BindConfiguration(SmdOptions.SectionName).ValidateOnStart();
        builder.Services.AddOptions<CredentialOptions>().BindConfiguration(CredentialOptions.SectionName).ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<CredentialOptions>, CredentialOptionsValidator>();
        builder.Services.AddSingleton<CredentialProtector>();
        builder.AddServiceDatabase<SmdDbContext, TBuilder>(ConnectionName, SmdDbContext.Schema, typeof(SmdDbContext).Assembly);

        builder.Services.AddSingleton<SmdMetrics>();
        builder.Services.AddServiceMeter(SmdMetrics.MeterName);
        builder.Services.AddSingleton<HmsVocabulary>();
        builder.Services.AddSingleton<ComponentFilterParser>();
        builder.Services.AddSingleton<ComponentValidator>();
        builder.Services.AddSingleton<ComponentChangeParser>();
        builder.Services.AddScoped<ComponentQueryService>();
        builder.Services.AddScoped<ComponentWriteService>();
        builder.Services.AddScoped<ComponentPatchService>();
        builder.Services.AddSingleton<NodeMapValidator>();
        builder.Services.AddScoped<NodeMapService>();
        builder.Services.AddSingleton<RedfishEndpointBodyReader>();
        builder.Services.AddScoped<RedfishEndpointService>();
        builder.Services.AddScoped<InventoryIngestionService>();
        builder.Services.AddScoped<DiscoveredInterfaceWriter>();
        builder.Services.AddScoped<DiscoveredServiceWriter>();
        builder.Services.AddScoped<ComponentEndpointService>();
        builder.Services.AddScoped<ServiceEndpointService>();
        builder.Services.AddScoped<HardwareQueryService>();
        builder.Services.AddScoped<HardwareWriteService>();
        builder.Services.AddScoped<HardwareHistoryService>();
        builder.Services.AddEthernetInterfaces();
        builder.Services.AddGroups();
        builder.Services.AddLocks();
        builder.Services.AddPowerMaps();
        builder.Services.AddDiscoveryStatus();
        builder.Services.AddChangeFeed();
        builder.Services.AddScnSubscriptions();
        builder.Services.AddInventoryGrpc();
        return builder;
    }

    public static WebApplication MapSmdApi(this WebApplication app)
    {
        app.MapServiceApi();
        app.MapComponentsApi();
        app.MapNodeMapsApi();
        app.MapRedfishEndpointsApi();
        app.MapComponentEndpointsApi();
        app.MapServiceEndpointsApi();
        app.MapHardwareApi();
        app.MapEthernetInterfacesApi();
        app.MapGroupsPartitionsAndMembershipsApi();
        app.MapLocksApi();
        app.MapPowerMapsApi();
        app.MapDiscoveryApi();
        app.MapChangesApi();
        app.MapSubscriptionsApi();
        app.MapInventoryGrpc();
        return app;
    }
}
