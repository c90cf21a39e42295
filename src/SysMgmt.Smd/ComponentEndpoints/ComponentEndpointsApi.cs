using Microsoft.AspNetCore.Http.HttpResults;
using SysMgmt.Core.Contracts;
using SysMgmt.ServiceDefaults.Http;
using SysMgmt.ServiceDefaults.Results;
using SysMgmt.Smd.Service;
using SysMgmt.ServiceDefaults.OpenApi;

namespace SysMgmt.Smd.ComponentEndpoints;

/// <summary><c>/hsm/v2/Inventory/ComponentEndpoints</c>: components as reached through their Redfish endpoints.</summary>
internal static class ComponentEndpointsApi
{
    public static IEndpointRouteBuilder MapComponentEndpointsApi(this IEndpointRouteBuilder app)
    {
        var endpoints = app.MapGroup("/hsm/v2/Inventory/ComponentEndpoints").WithTags("ComponentEndpoints");
        endpoints.MapGet("", ListComponentEndpoints).WithSummary("List component endpoints (what discovery found behind each Redfish endpoint)")
            .WithQueryFilters("id", "redfish_ep", "type", "redfish_type");
        endpoints.MapDelete("", DeleteAllComponentEndpoints).WithSummary("Delete every component endpoint");
        endpoints.MapGet("/{xname}", GetComponentEndpoint).WithSummary("Get one component endpoint");
        endpoints.MapDelete("/{xname}", DeleteComponentEndpoint).WithSummary("Delete one component endpoint");
        return app;
    }

    private static async Task<Results<Ok<ComponentEndpointArray>, ProblemHttpResult>> ListComponentEndpoints(
        HttpRequest request, ComponentEndpointService service, CancellationToken cancellationToken)
    {
        var filter = ComponentEndpointFilter.Parse(request.Query.ToParameters());
        return filter.Problem is { } problem
            ? problem.ToResult()
            : TypedResults.Ok(new ComponentEndpointArray(await service.ListAsync(filter.Value!, cancellationToken)));
    }

    private static async Task<Results<Ok<ComponentEndpoint>, ProblemHttpResult>> GetComponentEndpoint(
        string xname, ComponentEndpointService service, CancellationToken cancellationToken)
    {
        if (PathXnames.Parse(xname, out var id, PathXnames.EndpointRoutesPrefix) is { } invalidXname)
        {
            return invalidXname.ToResult();
        }

        return await service.FindAsync(id, cancellationToken) is { } endpoint ? TypedResults.Ok(endpoint) : Problem.NotFound("no such xname.").ToResult();
    }

    private static async Task<Results<Ok<StatusMessage>, ProblemHttpResult>> DeleteComponentEndpoint(
        string xname, ComponentEndpointService service, CancellationToken cancellationToken)
    {
        if (PathXnames.Parse(xname, out var id, PathXnames.EndpointRoutesPrefix) is { } invalidXname)
        {
            return invalidXname.ToResult();
        }

        return DeletionResults.One(await service.DeleteAsync(id, cancellationToken));
    }

    private static async Task<Results<Ok<StatusMessage>, ProblemHttpResult>> DeleteAllComponentEndpoints(
        ComponentEndpointService service, CancellationToken cancellationToken) =>
        DeletionResults.All(await service.DeleteAllAsync(cancellationToken));
}
