using Microsoft.AspNetCore.Http.HttpResults;
using SysMgmt.Core.Contracts;
using SysMgmt.Core.Xnames;
using SysMgmt.ServiceDefaults.Http;
using SysMgmt.ServiceDefaults.Results;
using SysMgmt.Smd.Service;

namespace SysMgmt.Smd.PowerMaps;

/// <summary><c>/hsm/v2/sysinfo/powermaps</c>: which components power which (CSM's power control reads it whole).</summary>
internal static class PowerMapsApi
{
    public static IEndpointRouteBuilder MapPowerMapsApi(this IEndpointRouteBuilder app)
    {
        var maps = app.MapGroup("/hsm/v2/sysinfo/powermaps").WithTags("PowerMaps");
        maps.MapGet("", ListPowerMaps).WithSummary("List power maps (a bare array, ordered by xname)");
        maps.MapPost("", CreatePowerMaps).WithSummary("Create or replace power maps");
        maps.MapDelete("", DeleteAllPowerMaps).WithSummary("Delete every power map");
        maps.MapGet("/{xname}", GetPowerMap).WithSummary("Get the power map of one component");
        maps.MapPut("/{xname}", PutPowerMap).WithSummary("Create or replace the power map of one component");
        maps.MapDelete("/{xname}", DeletePowerMap).WithSummary("Delete the power map of one component");
        return app;
    }

    private static async Task<Ok<List<PowerMap>>> ListPowerMaps(PowerMapService maps, CancellationToken cancellationToken) =>
        TypedResults.Ok(await maps.ListAsync(cancellationToken));

    /// <summary>All or nothing: the first invalid entry is a 400 naming its index. A repeated ID: the last entry wins, as in the anchors.</summary>
    private static async Task<Results<Ok<StatusMessage>, ProblemHttpResult>> CreatePowerMaps(
        JsonBody<List<PowerMap>> body, PowerMapService maps, CancellationToken cancellationToken)
    {
        var valid = new Dictionary<Xname, ValidPowerMap>();
        for (var i = 0; i < body.Value.Count; i++)
        {
            if (PowerMapValidator.Validate(body.Value[i], out var error) is not { } map)
            {
                return Problem.BadRequest($"couldn't validate map data at idx {i}: {error}").ToResult();
            }

            valid[map.Id] = map;
        }

        if (valid.Count > 0)
        {
            await maps.UpsertAsync([.. valid.Values], cancellationToken);
        }

        return TypedResults.Ok(StatusMessage.Of($"Created or modified {valid.Count} entries"));
    }

    private static Task<Results<Ok<PowerMap>, ProblemHttpResult>> GetPowerMap(string xname, PowerMapService maps, CancellationToken cancellationToken) =>
        PathXnames.FindAsync(xname, id => maps.FindAsync(id, cancellationToken));

    /// <summary>Answers the stored map, as the anchors' code does (their spec says a status message).</summary>
    private static async Task<Results<Ok<PowerMap>, ProblemHttpResult>> PutPowerMap(
        string xname, JsonBody<PowerMap> body, PowerMapService maps, CancellationToken cancellationToken)
    {
        if (PathXnames.Parse(xname, out var id) is { } invalidXname)
        {
            return invalidXname.ToResult();
        }

        if (!string.IsNullOrEmpty(body.Value.Id) && Xname.Normalize(body.Value.Id) != id.Value)
        {
            return Problem.BadRequest("xname in URL and PUT body do not match").ToResult();
        }

        if (PowerMapValidator.Validate(body.Value with { Id = id.Value }, out var error) is not { } map)
        {
            return Problem.BadRequest("couldn't validate PowerMap data: " + error).ToResult();
        }

        await maps.UpsertAsync([map], cancellationToken);
        return TypedResults.Ok(map.ToContract());
    }

    private static Task<Results<Ok<StatusMessage>, ProblemHttpResult>> DeletePowerMap(string xname, PowerMapService maps, CancellationToken cancellationToken) =>
        DeletionResults.OneAsync(xname, id => maps.DeleteAsync(id, cancellationToken));

    private static async Task<Results<Ok<StatusMessage>, ProblemHttpResult>> DeleteAllPowerMaps(PowerMapService maps, CancellationToken cancellationToken) =>
        DeletionResults.All(await maps.DeleteAllAsync(cancellationToken));
}
