using Microsoft.AspNetCore.Http.HttpResults;
using SysMgmt.Core.Xnames;
using SysMgmt.ServiceDefaults.Http;
using SysMgmt.ServiceDefaults.Results;
using SysMgmt.Smd.Service;

namespace SysMgmt.Smd.Components;

/// <summary><c>PATCH /hsm/v2/State/Components/{xname}/&lt;Kind&gt;</c> and <c>/Bulk&lt;Kind&gt;</c>.</summary>
internal static partial class ComponentsApi
{
    private static async Task<Results<NoContent, ProblemHttpResult>> PatchOne(
        string xname, string kind, JsonBody<ComponentPatchRequest> body, ComponentChangeParser parser, ComponentPatchService patcher, CancellationToken cancellationToken)
    {
        if (!TryParseKind(kind, out var changeKind))
        {
            return Problem.NotFound($"no such route: PATCH /State/Components/{{xname}}/{kind}").ToResult();
        }

        if (PathXnames.Parse(xname, out var id, "invalid xname ID: ") is { } invalidXname)
        {
            return invalidXname.ToResult();
        }

        if (!string.IsNullOrEmpty(body.Value.ID) && Xname.Normalize(body.Value.ID) != id.Value)
        {
            return Problem.BadRequest("ID in URL and PATCH body do not match").ToResult();
        }

        var change = parser.Parse(changeKind, body.Value);
        if (change.Problem is { } badChange)
        {
            return badChange.ToResult();
        }

        var applied = await patcher.ApplyOneAsync(id, change.Value!, cancellationToken);
        return applied.Problem is { } problem ? problem.ToResult() : TypedResults.NoContent();
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> PatchMany(
        string kind, JsonBody<ComponentPatchRequest> body, ComponentChangeParser parser, ComponentPatchService patcher, CancellationToken cancellationToken)
    {
        if (!TryParseKind(kind, out var changeKind))
        {
            return Problem.NotFound($"no such route: PATCH /State/Components/Bulk{kind}").ToResult();
        }

        if (body.Value.ComponentIDs is not { Count: > 0 } rawIds)
        {
            return Problem.BadRequest("Missing IDs").ToResult();
        }

        var ids = ParseIds(rawIds);
        return ids.Problem is { } badIds
            ? badIds.ToResult()
            : await ApplyManyAsync(ids.Value!, parser.Parse(changeKind, body.Value), patcher, cancellationToken);
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> PatchNids(
        JsonBody<BulkNidRequest> body, ComponentPatchService patcher, CancellationToken cancellationToken)
    {
        if (body.Value.Components is not { Count: > 0 } entries)
        {
            return Problem.BadRequest("Missing Components").ToResult();
        }

        var assignments = new List<(Xname, long?)>(entries.Count);
        var seen = new HashSet<string>();
        var errors = new List<string>();
        foreach (var entry in entries)
        {
            if (!Xname.TryParse(entry.ID, out var id, out var error))
            {
                errors.Add(error);
            }
            else if (entry.NID is not { } nid)
            {
                errors.Add($"{id.Value}: NID value missing. Use NID < 0 to unset.");
            }
            else if (seen.Add(id.Value))
            {
                // A negative NID removes it; a repeated ID keeps its first NID, as in the anchors.
                assignments.Add((id, nid < 0 ? null : nid));
            }
        }

        if (errors.Count > 0)
        {
            return Problem.BadRequest("operation 'Bulk Update NID' failed: " + Summarize(errors)).ToResult();
        }

        await patcher.AssignNidsAsync(assignments, cancellationToken);
        return TypedResults.NoContent();
    }

    /// <summary>Bulk: components that are missing or may not make the transition are skipped, and the answer is 204.</summary>
    private static async Task<Results<NoContent, ProblemHttpResult>> ApplyManyAsync(
        IReadOnlyList<Xname> ids, Outcome<ComponentChange> change, ComponentPatchService patcher, CancellationToken cancellationToken)
    {
        if (change.Problem is { } badChange)
        {
            return badChange.ToResult();
        }

        await patcher.ApplyAsync(ids, change.Value!, cancellationToken);
        return TypedResults.NoContent();
    }

    /// <summary>Route names only (Enum.TryParse would also take numbers and comma lists).</summary>
    private static bool TryParseKind(string kind, out ComponentChangeKind changeKind) =>
        Enum.TryParse(Enum.GetNames<ComponentChangeKind>().FirstOrDefault(n => n.Equals(kind, StringComparison.OrdinalIgnoreCase)), out changeKind);
}
