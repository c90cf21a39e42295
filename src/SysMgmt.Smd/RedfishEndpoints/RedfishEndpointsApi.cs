using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using SysMgmt.Core.Contracts;
using SysMgmt.Core.Xnames;
using SysMgmt.ServiceDefaults.Http;
using SysMgmt.ServiceDefaults.Results;
using SysMgmt.Smd.Service;
using SysMgmt.ServiceDefaults.OpenApi;

namespace SysMgmt.Smd.RedfishEndpoints;

/// <summary><c>/hsm/v2/Inventory/RedfishEndpoints</c>: the BMCs SMD knows, and the inventory discovery agents send with them.</summary>
internal static class RedfishEndpointsApi
{
    private const string Collection = "/hsm/v2/Inventory/RedfishEndpoints";

    public static IEndpointRouteBuilder MapRedfishEndpointsApi(this IEndpointRouteBuilder app)
    {
        var endpoints = app.MapGroup(Collection).WithTags("RedfishEndpoints");
        endpoints.MapGet("", ListEndpoints).WithSummary("List Redfish endpoints (BMCs and PDUs); passwords are never returned")
            .WithQueryFilters("id", "fqdn", "type", "uuid", "macaddr", "ipaddress", "laststatus");
        endpoints.MapPost("", CreateEndpoints).WithSummary("Create Redfish endpoints, or store what a discovery agent found behind them");
        endpoints.MapDelete("", DeleteAllEndpoints).WithSummary("Delete every Redfish endpoint");
        endpoints.MapGet("/Query/{xname}", QueryEndpoints).WithSummary("List the Redfish endpoints at or under an xname");
        endpoints.MapGet("/{xname}", GetEndpoint).WithSummary("Get one Redfish endpoint");
        endpoints.MapPut("/{xname}", PutEndpoint).WithSummary("Create or replace one Redfish endpoint");
        endpoints.MapPatch("/{xname}", PatchEndpoint).WithSummary("Change some fields of one Redfish endpoint");
        endpoints.MapDelete("/{xname}", DeleteEndpoint).WithSummary("Delete one Redfish endpoint");
        return app;
    }

    private static async Task<Results<Ok<RedfishEndpointArray>, ProblemHttpResult>> ListEndpoints(
        HttpRequest request, RedfishEndpointService service, CancellationToken cancellationToken)
    {
        var filter = RedfishEndpointFilter.Parse(request.Query.ToParameters());
        return filter.Problem is { } problem
            ? problem.ToResult()
            : TypedResults.Ok(new RedfishEndpointArray(await service.ListAsync(filter.Value!, cancellationToken)));
    }

    /// <summary>
    /// 201 when the request created endpoints; 200 when it only re-ingested existing ones (a discovery agent
    /// running again). Both answer the URIs.
    /// </summary>
    private static async Task<Results<Created<List<ResourceUri>>, Ok<List<ResourceUri>>, ProblemHttpResult>> CreateEndpoints(
        JsonBody<JsonDocument> body, RedfishEndpointBodyReader reader, RedfishEndpointService service, CancellationToken cancellationToken)
    {
        var writes = reader.ReadMany(body.Value);
        if (writes.Problem is { } invalid)
        {
            return invalid.ToResult();
        }

        if (writes.Value!.GroupBy(w => w.Endpoint.Id).Any(g => g.Count() > 1) || writes.Value!.GroupBy(w => w.Endpoint.Fqdn).Any(g => g.Count() > 1))
        {
            return Problem.Conflict("operation would conflict with an existing resource that has the same FQDN or xname ID.").ToResult();
        }

        var stored = await service.CreateAsync(writes.Value!, cancellationToken);
        if (stored.Problem is { } problem)
        {
            return problem.ToResult();
        }

        var uris = writes.Value!.Select(w => $"{Collection}/{w.Endpoint.Id.Value}").ToList();
        return stored.Value!.Contains(RedfishEndpointWriteResult.Created)
            ? CreatedResults.Uris(uris, Collection)
            : TypedResults.Ok(uris.Select(uri => new ResourceUri(uri)).ToList());
    }

    private static async Task<Results<Ok<RedfishEndpoint>, ProblemHttpResult>> GetEndpoint(string xname, RedfishEndpointService service, CancellationToken cancellationToken)
    {
        if (PathXnames.Parse(xname, out var id) is { } invalidXname)
        {
            return invalidXname.ToResult();
        }

        return await service.FindAsync(id, cancellationToken) is { } endpoint ? TypedResults.Ok(endpoint) : Problem.NotFound("no such xname.").ToResult();
    }

    /// <summary><c>s0</c>/<c>all</c> is every endpoint; any other xname the endpoints at or under it.</summary>
    private static async Task<Results<Ok<RedfishEndpointArray>, ProblemHttpResult>> QueryEndpoints(
        string xname, RedfishEndpointService service, CancellationToken cancellationToken)
    {
        var target = xname.Equals("all", StringComparison.OrdinalIgnoreCase) ? "s0" : xname;
        if (PathXnames.Parse(target, out var id) is { } invalidXname)
        {
            return invalidXname.ToResult();
        }

        var all = await service.ListAsync(new RedfishEndpointFilter(), cancellationToken);
        return TypedResults.Ok(new RedfishEndpointArray(id.Type == XnameType.System ? all : [.. all.Where(e => id.IsSelfOrAncestorOf(Xname.Parse(e.ID)))]));
    }

    private static async Task<Results<Created<RedfishEndpoint>, Ok<RedfishEndpoint>, ProblemHttpResult>> PutEndpoint(
        string xname, JsonBody<JsonDocument> body, RedfishEndpointBodyReader reader, RedfishEndpointService service, CancellationToken cancellationToken)
    {
        var write = reader.ReadOne(body.Value, xname);
        if (write.Problem is { } invalid)
        {
            return invalid.ToResult();
        }

        var stored = await service.ReplaceAsync(write.Value!, cancellationToken);
        if (stored.Problem is { } problem)
        {
            return problem.ToResult();
        }

        var endpoint = (await service.FindAsync(write.Value!.Endpoint.Id, cancellationToken))!;
        return stored.Value![0] == RedfishEndpointWriteResult.Created
            ? TypedResults.Created($"{Collection}/{endpoint.ID}", endpoint)
            : TypedResults.Ok(endpoint);
    }

    private static async Task<Results<Ok<RedfishEndpoint>, ProblemHttpResult>> PatchEndpoint(
        string xname, JsonBody<JsonDocument> body, RedfishEndpointBodyReader reader, RedfishEndpointService service, CancellationToken cancellationToken)
    {
        if (PathXnames.Parse(xname, out var id, "xname in URL is not valid: ") is { } invalidXname)
        {
            return invalidXname.ToResult();
        }

        var patch = reader.ReadPatch(body.Value);
        if (patch.Problem is { } invalid)
        {
            return invalid.ToResult();
        }

        var patched = await service.PatchAsync(id, patch.Value!, cancellationToken);
        return patched.Problem is { } problem ? problem.ToResult() : TypedResults.Ok(patched.Value!);
    }

    private static async Task<Results<Ok<StatusMessage>, ProblemHttpResult>> DeleteEndpoint(string xname, RedfishEndpointService service, CancellationToken cancellationToken)
    {
        if (PathXnames.Parse(xname, out var id) is { } invalidXname)
        {
            return invalidXname.ToResult();
        }

        return DeletionResults.One(await service.DeleteAsync(id, cancellationToken));
    }

    private static async Task<Results<Ok<StatusMessage>, ProblemHttpResult>> DeleteAllEndpoints(RedfishEndpointService service, CancellationToken cancellationToken) =>
        DeletionResults.All(await service.DeleteAllAsync(cancellationToken));
}
