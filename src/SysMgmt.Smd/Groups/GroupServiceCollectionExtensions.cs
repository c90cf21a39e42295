namespace SysMgmt.Smd.Groups;

internal static class GroupServiceCollectionExtensions
{
    public static IServiceCollection AddGroups(this IServiceCollection services) =>
        services
            .AddScoped<GroupQueryService>()
            .AddScoped<GroupWriteService>();

    public static IEndpointRouteBuilder MapGroupsPartitionsAndMembershipsApi(this IEndpointRouteBuilder app) =>
        app.MapGroupsApi().MapPartitionsApi().MapMembershipsApi();
}
