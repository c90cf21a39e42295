using Microsoft.AspNetCore.Http.HttpResults;
using SysMgmt.Core.Contracts;
using SysMgmt.ServiceDefaults.Http;
using SysMgmt.ServiceDefaults.Results;
using SysMgmt.Smd.Service;
using SysMgmt.ServiceDefaults.OpenApi;

namespace SysMgmt.Smd.Hardware;

/// <summary>
/// <c>/hsm/v2/Inventory/Hardware</c> and <c>/HardwareByFRU</c>: hardware inventory by location and by FRU. The
/// history routes are in the other part of this class.
/// </summary>
internal static partial class HardwareApi
{
    public static IEndpointRouteBuilder MapHardwareApi(this IEndpointRouteBuilder app)
    {
        var inventory = app.MapGroup("/hsm/v2/Inventory").WithTags("Hardware");
        inventory.MapGet("/Hardware", ListLocations).WithSummary("List hardware by location")
            .WithQueryFilters("id", "type", "manufacturer", "partnumber", "serialnumber", "fruid", "partition");
        inventory.MapPost("/Hardware", StoreLocations).WithSummary("Store hardware inventory by location (records history for what changed)");
        inventory.MapDelete("/Hardware", DeleteAllLocations).WithSummary("Delete every hardware location");
        inventory.MapGet("/Hardware/Query/{xname}", QueryLocations).WithSummary("The hardware at and under an xname, as the system hierarchy")
            .WithQueryFilters("type", "partition")
            .WithQueryParameter("children", "include the locations under the xname (default true unless parents is set)")
            .WithQueryParameter("parents", "include the locations above the xname")
            .WithQueryParameter("format", "NestNodesOnly or FullyFlat");
        inventory.MapGet("/Hardware/{xname}", GetLocation).WithSummary("Get the hardware at one location");
        inventory.MapDelete("/Hardware/{xname}", DeleteLocation).WithSummary("Delete the hardware at one location");
        inventory.MapGet("/HardwareByFRU", ListFrus).WithSummary("List field-replaceable units")
            .WithQueryFilters("fruid", "type", "manufacturer", "partnumber", "serialnumber");
        inventory.MapDelete("/HardwareByFRU", DeleteAllFrus).WithSummary("Delete every FRU");
        inventory.MapGet("/HardwareByFRU/{fruid}", GetFru).WithSummary("Get one FRU");
        inventory.MapDelete("/HardwareByFRU/{fruid}", DeleteFru).WithSummary("Delete one FRU");
        MapHistory(inventory);
        return app;
    }

    private static Task<Results<Ok<List<HardwareLocation>>, ProblemHttpResult>> ListLocations(
        HttpRequest request, HardwareQueryService queries, CancellationToken cancellationToken) =>
        AnswerAsync(HardwareParameterParser.ParseFilter(request.Query.ToParameters()), f => queries.ListLocationsAsync(f, cancellationToken));

    private static async Task<Results<Ok<StatusMessage>, ProblemHttpResult>> StoreLocations(
        JsonBody<HardwarePostRequest> body, HardwareWriteService writer, CancellationToken cancellationToken)
    {
        if (body.Value.Hardware is not { } entries)
        {
            return Problem.BadRequest("Missing Hardware").ToResult();
        }

        var batch = HardwareInventoryReader.Read(entries);
        if (batch.Problem is { } problem)
        {
            return problem.ToResult();
        }

        if (batch.Value!.Locations.Count > 0)
        {
            await writer.StoreAsync(batch.Value, cancellationToken);
        }

        return TypedResults.Ok(StatusMessage.Of($"Created {batch.Value.Locations.Count} entries"));
    }

    private static async Task<Results<Ok<SystemHardwareInventory>, ProblemHttpResult>> QueryLocations(
        string xname, HttpRequest request, HardwareQueryService queries, CancellationToken cancellationToken)
    {
        var raw = xname.Trim().Equals("all", StringComparison.OrdinalIgnoreCase) ? "s0" : xname;
        if (PathXnames.Parse(raw, out var target) is { } invalidXname)
        {
            return invalidXname.ToResult();
        }

        return await AnswerAsync(HardwareParameterParser.ParseQuery(request.Query.ToParameters()), q => queries.QueryAsync(target, q, cancellationToken));
    }

    private static async Task<Results<Ok<HardwareLocation>, ProblemHttpResult>> GetLocation(
        string xname, HardwareQueryService queries, CancellationToken cancellationToken)
    {
        if (PathXnames.Parse(xname, out var id) is { } invalidXname)
        {
            return invalidXname.ToResult();
        }

        return await queries.FindLocationAsync(id, cancellationToken) is { } location
            ? TypedResults.Ok(location)
            : Problem.NotFound("no such xname.").ToResult();
    }

    private static async Task<Results<Ok<StatusMessage>, ProblemHttpResult>> DeleteLocation(
        string xname, HardwareWriteService writer, CancellationToken cancellationToken)
    {
        if (PathXnames.Parse(xname, out var id) is { } invalidXname)
        {
            return invalidXname.ToResult();
        }

        return DeletionResults.One(await writer.DeleteLocationAsync(id, cancellationToken));
    }

    private static async Task<Results<Ok<StatusMessage>, ProblemHttpResult>> DeleteAllLocations(
        HardwareWriteService writer, CancellationToken cancellationToken) =>
        DeletionResults.All(await writer.DeleteAllLocationsAsync(cancellationToken));

    private static Task<Results<Ok<List<HardwareFru>>, ProblemHttpResult>> ListFrus(
        HttpRequest request, HardwareQueryService queries, CancellationToken cancellationToken) =>
        AnswerAsync(HardwareParameterParser.ParseFilter(request.Query.ToParameters()), f => queries.ListFrusAsync(f, cancellationToken));

    private static async Task<Results<Ok<HardwareFru>, ProblemHttpResult>> GetFru(
        string fruid, HardwareQueryService queries, CancellationToken cancellationToken) =>
        await queries.FindFruAsync(fruid, cancellationToken) is { } fru
            ? TypedResults.Ok(fru)
            : Problem.NotFound("no such FRU ID.").ToResult();

    private static async Task<Results<Ok<StatusMessage>, ProblemHttpResult>> DeleteFru(
        string fruid, HardwareWriteService writer, CancellationToken cancellationToken)
    {
        var deleted = await writer.DeleteFrusAsync(fruid, cancellationToken);
        return deleted switch
        {
            { Problem: { } conflict } => conflict.ToResult(),
            { Value: > 0 } => TypedResults.Ok(StatusMessage.Of("deleted 1 entry")),
            _ => Problem.NotFound("no such FRU ID.").ToResult(),
        };
    }

    private static async Task<Results<Ok<StatusMessage>, ProblemHttpResult>> DeleteAllFrus(
        HardwareWriteService writer, CancellationToken cancellationToken)
    {
        var deleted = await writer.DeleteFrusAsync(null, cancellationToken);
        return deleted.Problem is { } conflict ? conflict.ToResult() : DeletionResults.All(deleted.Value);
    }

    /// <summary>The parsed parameters' problem, or 200 with what <paramref name="answer"/> makes of them.</summary>
    private static async Task<Results<Ok<T>, ProblemHttpResult>> AnswerAsync<TParameters, T>(Outcome<TParameters> parameters, Func<TParameters, Task<T>> answer) =>
        parameters.Problem is { } problem ? problem.ToResult() : TypedResults.Ok(await answer(parameters.Value!));
}
