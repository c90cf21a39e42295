using SysMgmt.ServiceDefaults.Data;
using SysMgmt.Smd.Components;
using SysMgmt.Smd.Data;
using SysMgmt.Smd.EthernetInterfaces;
using SysMgmt.Smd.NodeMaps;
using SysMgmt.Smd.Service;

namespace SysMgmt.Smd.Extensions;

internal static class SmdExtensions
{
    public const string ConnectionName = "Smd";

    public static TBuilder AddSmd<TBuilder>(this TBuilder builder) where TBuilder : IHostApplicationBuilder
    {
        builder.Services.AddOptions<SmdOptions>().BindConfiguration(SmdOptions.SectionName).ValidateOnStart();
        builder.AddServiceDatabase<SmdDbContext, TBuilder>(ConnectionName, SmdDbContext.Schema, typeof(SmdDbContext).Assembly);

        builder.Services.AddSingleton<HmsVocabulary>();
        builder.Services.AddSingleton<ComponentFilterParser>();
        builder.Services.AddSingleton<ComponentValidator>();
        builder.Services.AddSingleton<ComponentChangeParser>();
        builder.Services.AddScoped<ComponentQueryService>();
        builder.Services.AddScoped<ComponentWriteService>();
        builder.Services.AddScoped<ComponentPatchService>();
        builder.Services.AddSingleton<NodeMapValidator>();
        builder.Services.AddScoped<NodeMapService>();
        builder.Services.AddEthernetInterfaces();
        return builder;
    }

    public static WebApplication MapSmdApi(this WebApplication app)
    {
        app.MapServiceApi();
        app.MapComponentsApi();
        app.MapNodeMapsApi();
        app.MapEthernetInterfacesApi();
        return app;
    }
}
