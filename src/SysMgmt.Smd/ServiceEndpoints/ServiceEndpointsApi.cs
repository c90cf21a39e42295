using Microsoft.AspNetCore.Http.HttpResults;
using SysMgmt.Core.Contracts;
using SysMgmt.Core.Xnames;
using SysMgmt.ServiceDefaults.Http;
using SysMgmt.ServiceDefaults.Results;
using SysMgmt.Smd.Querying;
using SysMgmt.Smd.Service;
using SysMgmt.ServiceDefaults.OpenApi;

namespace SysMgmt.Smd.ServiceEndpoints;

/// <summary><c>/hsm/v2/Inventory/ServiceEndpoints</c>: the Redfish services (UpdateService, EventService, …) of endpoints.</summary>
internal static class ServiceEndpointsApi
{
    private const string NoSuchService = "no such service under redfish endpoint.";

    public static IEndpointRouteBuilder MapServiceEndpointsApi(this IEndpointRouteBuilder app)
    {
        var services = app.MapGroup("/hsm/v2/Inventory/ServiceEndpoints").WithTags("ServiceEndpoints");
        services.MapGet("", ListServiceEndpoints).WithSummary("List service endpoints (Redfish services such as UpdateService)")
            .WithQueryFilters("redfish_ep", "service");
        services.MapDelete("", DeleteAllServiceEndpoints).WithSummary("Delete every service endpoint");
        services.MapGet("/{service}", ListServiceEndpointsOfType).WithSummary("List the service endpoints of one Redfish service")
            .WithQueryFilters("redfish_ep");
        services.MapGet("/{service}/RedfishEndpoints/{xname}", GetServiceEndpoint).WithSummary("Get one Redfish service of one endpoint");
        services.MapDelete("/{service}/RedfishEndpoints/{xname}", DeleteServiceEndpoint).WithSummary("Delete one Redfish service of one endpoint");
        return app;
    }

    private static Task<Results<Ok<ServiceEndpointArray>, ProblemHttpResult>> ListServiceEndpoints(
        HttpRequest request, ServiceEndpointService store, CancellationToken cancellationToken) =>
        ListAsync(request.Query.ToParameters(), service: null, store, cancellationToken);

    private static Task<Results<Ok<ServiceEndpointArray>, ProblemHttpResult>> ListServiceEndpointsOfType(
        string service, HttpRequest request, ServiceEndpointService store, CancellationToken cancellationToken) =>
        ListAsync(request.Query.ToParameters(), service, store, cancellationToken);

    private static async Task<Results<Ok<ServiceEndpoint>, ProblemHttpResult>> GetServiceEndpoint(
        string service, string xname, ServiceEndpointService store, CancellationToken cancellationToken)
    {
        if (PathXnames.Parse(xname, out var id, PathXnames.EndpointRoutesPrefix) is { } invalidXname)
        {
            return invalidXname.ToResult();
        }

        var found = await store.ListAsync(new([id.Value], []), new([service], []), cancellationToken);
        return found.Count > 0 ? TypedResults.Ok(found[0]) : Problem.NotFound(NoSuchService).ToResult();
    }

    private static async Task<Results<Ok<StatusMessage>, ProblemHttpResult>> DeleteServiceEndpoint(
        string service, string xname, ServiceEndpointService store, CancellationToken cancellationToken) =>
        await store.DeleteAsync(service, Xname.Normalize(xname), cancellationToken) > 0
            ? TypedResults.Ok(StatusMessage.Of("deleted 1 entry"))
            : Problem.NotFound(NoSuchService).ToResult();

    private static async Task<Results<Ok<StatusMessage>, ProblemHttpResult>> DeleteAllServiceEndpoints(
        ServiceEndpointService store, CancellationToken cancellationToken) =>
        DeletionResults.All(await store.DeleteAllAsync(cancellationToken));

    private static async Task<Results<Ok<ServiceEndpointArray>, ProblemHttpResult>> ListAsync(
        IReadOnlyDictionary<string, IReadOnlyList<string>> parameters, string? service, ServiceEndpointService store, CancellationToken cancellationToken)
    {
        var errors = new List<string>();
        var endpoints = FilterValues.Strings(parameters.TryGetValue("redfish_ep", out var ids) ? ids : [], FilterValues.Xname, errors);
        var services = service is null
            ? FilterValues.Strings(parameters.TryGetValue("service", out var names) ? names : [], FilterValues.Verbatim, errors)
            : new ValueCondition<string>([service], []);
        return errors.Count > 0
            ? Problem.BadRequest("bad query param: " + string.Join("; ", errors)).ToResult()
            : TypedResults.Ok(new ServiceEndpointArray(await store.ListAsync(endpoints, services, cancellationToken)));
    }
}
