using SysMgmt.ServiceDefaults.Authentication;
using SysMgmt.ServiceDefaults.Health;

namespace SysMgmt.Smd.Inventory;

/// <summary>The inventory gRPC service, gRPC health checking and server reflection (docs/grpc.md).</summary>
internal static class InventoryGrpcExtensions
{
    public static IServiceCollection AddInventoryGrpc(this IServiceCollection services)
    {
        services.AddOptions<InventoryGrpcOptions>().BindConfiguration(InventoryGrpcOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddGrpc();
        services.AddGrpcReflection();
        // grpc.health.v1 answers with SMD's readiness (the same checks as /readyz), for the whole server ("") and
        // for the inventory service by name.
        services.AddGrpcHealthChecks(health =>
        {
            health.Services.Map("", check => check.Tags.Contains(HealthEndpoints.ReadyTag));
            health.Services.Map(SysMgmt.Inventory.V1.Inventory.Descriptor.FullName, check => check.Tags.Contains(HealthEndpoints.ReadyTag));
        });
        return services;
    }

    public static IEndpointRouteBuilder MapInventoryGrpc(this IEndpointRouteBuilder app)
    {
        app.MapGrpcService<InventoryService>().RequireAuthorization(AuthPolicies.Read);
        // Public, as /readyz and the OpenAPI document are: they say whether SMD is up and what it serves, nothing more.
        app.MapGrpcHealthChecksService().AllowAnonymous();
        app.MapGrpcReflectionService().AllowAnonymous();
        return app;
    }
}
