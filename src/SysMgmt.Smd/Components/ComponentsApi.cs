using SysMgmt.Smd.Service;
using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using SysMgmt.Core.Contracts;
using SysMgmt.Core.Xnames;
using SysMgmt.ServiceDefaults.Http;
using SysMgmt.ServiceDefaults.Results;
using SysMgmt.ServiceDefaults.OpenApi;

namespace SysMgmt.Smd.Components;

/// <summary><c>/hsm/v2/State/Components</c>: the reads. Writes and patches are in the other parts of this class.</summary>
internal static partial class ComponentsApi
{
    public static IEndpointRouteBuilder MapComponentsApi(this IEndpointRouteBuilder app)
    {
        var components = app.MapGroup("/hsm/v2/State/Components").WithTags("Components");

        // Boot and DHCP tooling (coresmd, BSS) read the collection without a token, as in OpenCHAMI.
        components.MapGet("", ListComponents).AllowAnonymous().WithSummary("List components (public, as boot and DHCP tooling read it)")
            .WithComponentQuery("id", "locked", "reservation_disabled");
        components.MapPost("", CreateComponents).WithSummary("Create or update components");
        components.MapDelete("", DeleteAllComponents).WithSummary("Delete every component");
        components.MapGet("/{xname}", GetComponent).WithSummary("Get one component");
        components.MapPut("/{xname}", PutComponent).WithSummary("Create or replace one component");
        components.MapDelete("/{xname}", DeleteComponent).WithSummary("Delete one component");
        components.MapGet("/ByNID/{nid}", GetComponentByNid).WithSummary("Get the node with this NID");
        components.MapPost("/ByNID/Query", QueryComponentsByNid).WithSummary("List the components with these NIDs or NID ranges");
        components.MapPost("/Query", QueryComponentsByIds).WithSummary("List these components, filtered");
        components.MapGet("/Query/{xname}", QueryComponentsUnder).WithSummary("List a component and everything under it (or a partition's or group's members)")
            .WithComponentQuery();
        components.MapPatch("/BulkNID", PatchNids).WithSummary("Set the NIDs of many components");
        components.MapPatch("/Bulk{kind}", PatchMany).WithSummary("Set StateData, FlagOnly, Enabled, SoftwareStatus or Role of many components");
        components.MapPatch("/{xname}/{kind}", PatchOne).WithSummary("Set StateData, FlagOnly, Enabled, SoftwareStatus, Role or NID of one component");
        return app;
    }

    /// <summary>Documents the query <see cref="ComponentFilterParser"/> reads, with the filters only some routes take.</summary>
    private static RouteHandlerBuilder WithComponentQuery(this RouteHandlerBuilder route, params string[] extraFilters) =>
        route.WithQueryFilters(
                [.. extraFilters, "type", "state", "flag", "role", "subrole", "enabled", "softwarestatus", "subtype", "arch", "class", "nid", "nid_start", "nid_end", "group", "partition"])
            .WithQueryParameter("stateonly", "true: answer only ID, Type, State, Flag")
            .WithQueryParameter("flagonly", "true: answer only ID, Type, Flag")
            .WithQueryParameter("roleonly", "true: answer only ID, Type, Role, SubRole")
            .WithQueryParameter("nidonly", "true: answer only ID, Type, NID");

    private static async Task<Results<Ok<ComponentArray>, ProblemHttpResult>> ListComponents(
        HttpRequest request, ComponentFilterParser parser, ComponentQueryService queries, CancellationToken cancellationToken)
    {
        var filter = parser.Parse(request.Query.ToParameters());
        return filter.Problem is { } problem
            ? problem.ToResult()
            : TypedResults.Ok(new ComponentArray(await queries.ListAsync(filter.Value!, cancellationToken)));
    }

    private static async Task<Results<Ok<Component>, ProblemHttpResult>> GetComponent(
        string xname, ComponentQueryService queries, CancellationToken cancellationToken)
    {
        if (PathXnames.Parse(xname, out var id) is { } invalidXname)
        {
            return invalidXname.ToResult();
        }

        return await queries.FindAsync(id, cancellationToken) is { } component
            ? TypedResults.Ok(component)
            : Problem.NotFound("no such xname.").ToResult();
    }

    private static async Task<Results<Ok<Component>, ProblemHttpResult>> GetComponentByNid(
        string nid, ComponentQueryService queries, CancellationToken cancellationToken)
    {
        if (!long.TryParse(nid, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
        {
            return Problem.BadRequest($"'{nid}' is not an integer NID").ToResult();
        }

        if (value < 0)
        {
            return Problem.BadRequest($"NID {value} is out of range").ToResult();
        }

        return await queries.FindByNidAsync(value, cancellationToken) is { } component
            ? TypedResults.Ok(component)
            : Problem.NotFound("no such NID.").ToResult();
    }

    private static async Task<Results<Ok<ComponentArray>, ProblemHttpResult>> QueryComponentsByNid(
        JsonBody<ComponentNidQueryRequest> body, ComponentFilterParser parser, ComponentQueryService queries, CancellationToken cancellationToken)
    {
        var parameters = body.Value.ToFilterParameters();
        if (NidRangeParser.AddTo(body.Value.NIDRanges, parameters) is { } badRanges)
        {
            return badRanges.ToResult();
        }

        var filter = parser.Parse(parameters);
        return filter.Problem is { } problem
            ? problem.ToResult()
            : TypedResults.Ok(new ComponentArray(await queries.ListAsync(filter.Value!, cancellationToken)));
    }

    private static async Task<Results<Ok<ComponentArray>, ProblemHttpResult>> QueryComponentsByIds(
        JsonBody<ComponentQueryRequest> body, ComponentFilterParser parser, ComponentQueryService queries, CancellationToken cancellationToken)
    {
        if (body.Value.ComponentIDs is not { Count: > 0 } rawIds)
        {
            return Problem.BadRequest("Missing IDs").ToResult();
        }

        var ids = ParseIds(rawIds);
        if (ids.Problem is { } badIds)
        {
            return badIds.ToResult();
        }

        var filter = parser.Parse(body.Value.ToFilterParameters());
        return filter.Problem is { } problem
            ? problem.ToResult()
            : TypedResults.Ok(new ComponentArray(await queries.ListByIdsAsync(ids.Value!, filter.Value!, cancellationToken)));
    }

    private static async Task<Results<Ok<ComponentArray>, ProblemHttpResult>> QueryComponentsUnder(
        string xname, HttpRequest request, ComponentFilterParser parser, ComponentQueryService queries, CancellationToken cancellationToken)
    {
        if (PathXnames.Parse(AllMeansSystem(xname), out var target) is { } invalidXname)
        {
            return invalidXname.ToResult();
        }

        var filter = parser.Parse(request.Query.ToParameters(), includeIds: false);
        return filter.Problem is { } problem
            ? problem.ToResult()
            : TypedResults.Ok(new ComponentArray(await queries.ListUnderAsync(target, filter.Value!, cancellationToken)));
    }

    /// <summary>Validates a list of xnames; <c>all</c> is accepted as the whole system, like <c>s0</c>.</summary>
    private static Outcome<List<Xname>> ParseIds(IReadOnlyList<string> rawIds)
    {
        var ids = new List<Xname>(rawIds.Count);
        var errors = new List<string>();
        foreach (var raw in rawIds)
        {
            if (Xname.TryParse(AllMeansSystem(raw), out var id, out var error))
            {
                ids.Add(id);
            }
            else
            {
                errors.Add(error);
            }
        }

        return errors.Count == 0 ? ids : Problem.BadRequest("invalid xname ID: " + Summarize(errors));
    }

    /// <summary>The anchors accept <c>all</c> for the whole system, <c>s0</c>.</summary>
    private static string AllMeansSystem(string raw) => raw.Trim().Equals("all", StringComparison.OrdinalIgnoreCase) ? "s0" : raw;

    /// <summary>The first few problems and how many there were, so a 10,000-item body gets a readable answer.</summary>
    private static string Summarize(List<string> errors) =>
        string.Join("; ", errors.Take(5)) + (errors.Count > 5 ? $"; and {errors.Count - 5} more" : "");
}
