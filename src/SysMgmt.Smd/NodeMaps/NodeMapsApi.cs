using Microsoft.AspNetCore.Http.HttpResults;
using SysMgmt.Core.Contracts;
using SysMgmt.Core.Xnames;
using SysMgmt.ServiceDefaults.Http;
using SysMgmt.ServiceDefaults.Results;
using SysMgmt.Smd.Service;

namespace SysMgmt.Smd.NodeMaps;

/// <summary><c>/hsm/v2/Defaults/NodeMaps</c>: default NID, Role and SubRole for nodes not yet created.</summary>
internal static class NodeMapsApi
{
    public static IEndpointRouteBuilder MapNodeMapsApi(this IEndpointRouteBuilder app)
    {
        var maps = app.MapGroup("/hsm/v2/Defaults/NodeMaps").WithTags("NodeMaps");
        maps.MapGet("", ListNodeMaps).WithSummary("List node maps (default NID, Role and SubRole per xname)");
        maps.MapPost("", CreateNodeMaps).WithSummary("Create or replace node maps");
        maps.MapDelete("", DeleteAllNodeMaps).WithSummary("Delete every node map");
        maps.MapGet("/{xname}", GetNodeMap).WithSummary("Get the node map of one xname");
        maps.MapPut("/{xname}", PutNodeMap).WithSummary("Create or replace the node map of one xname");
        maps.MapDelete("/{xname}", DeleteNodeMap).WithSummary("Delete the node map of one xname");
        return app;
    }

    private static async Task<Ok<NodeMapArray>> ListNodeMaps(NodeMapService maps, CancellationToken cancellationToken) =>
        TypedResults.Ok(new NodeMapArray(await maps.ListAsync(cancellationToken)));

    private static async Task<Results<Ok<StatusMessage>, ProblemHttpResult>> CreateNodeMaps(
        JsonBody<NodeMapsPostRequest> body, NodeMapValidator validator, NodeMapService maps, CancellationToken cancellationToken)
    {
        var entries = body.Value.Entries;
        var valid = new Dictionary<string, NodeMap>();
        for (var i = 0; i < entries.Count; i++)
        {
            if (validator.Validate(entries[i], out var error) is not { } map)
            {
                return Problem.BadRequest($"couldn't validate map data at idx {i}: {error}").ToResult();
            }

            // A repeated ID: the last entry wins, as in the anchors.
            valid[map.ID!] = map;
        }

        if (valid.Count > 0 && await maps.UpsertAsync([.. valid.Values], cancellationToken) is { Problem: { } conflict })
        {
            return conflict.ToResult();
        }

        return TypedResults.Ok(StatusMessage.Of($"Created or modified {valid.Count} entries"));
    }

    private static Task<Results<Ok<NodeMap>, ProblemHttpResult>> GetNodeMap(string xname, NodeMapService maps, CancellationToken cancellationToken) =>
        PathXnames.FindAsync(xname, id => maps.FindAsync(id, cancellationToken));

    private static async Task<Results<Ok<NodeMap>, ProblemHttpResult>> PutNodeMap(
        string xname, JsonBody<NodeMap> body, NodeMapValidator validator, NodeMapService maps, CancellationToken cancellationToken)
    {
        if (!string.IsNullOrEmpty(body.Value.ID) && Xname.Normalize(body.Value.ID) != Xname.Normalize(xname))
        {
            return Problem.BadRequest("xname in URL and PUT body do not match").ToResult();
        }

        if (validator.Validate(body.Value with { ID = xname }, out var error) is not { } map)
        {
            return Problem.BadRequest("couldn't validate node map: " + error).ToResult();
        }

        var stored = await maps.UpsertAsync([map], cancellationToken);
        return stored.Problem is { } conflict ? conflict.ToResult() : TypedResults.Ok(map);
    }

    private static Task<Results<Ok<StatusMessage>, ProblemHttpResult>> DeleteNodeMap(string xname, NodeMapService maps, CancellationToken cancellationToken) =>
        DeletionResults.OneAsync(xname, id => maps.DeleteAsync(id, cancellationToken));

    private static async Task<Results<Ok<StatusMessage>, ProblemHttpResult>> DeleteAllNodeMaps(NodeMapService maps, CancellationToken cancellationToken)
    {
        return DeletionResults.All(await maps.DeleteAllAsync(cancellationToken));
    }
}
