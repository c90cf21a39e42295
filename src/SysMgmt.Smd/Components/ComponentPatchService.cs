using SysMgmt.ServiceDefaults.Data;
using Microsoft.EntityFrameworkCore;
using SysMgmt.Core.Hms;
using SysMgmt.Core.Xnames;
using SysMgmt.ServiceDefaults.Results;
using SysMgmt.Smd.Data;

namespace SysMgmt.Smd.Components;

/// <summary>
/// Applies PATCHes as single UPDATE statements over the whole ID list. In bulk, components that do not exist or
/// may not make the transition are skipped silently (as power control expects); for one component, those are a
/// 404 or a 400 that says why.
/// </summary>
internal sealed partial class ComponentPatchService(SmdDbContext db, ILogger<ComponentPatchService> logger)
{
    private const string LockedFlag = "Locked";

    /// <summary>A bulk PATCH: components that are missing or may not make the transition are skipped silently.</summary>
    public async Task<int> ApplyAsync(IReadOnlyList<Xname> ids, ComponentChange change, CancellationToken cancellationToken)
    {
        var idValues = ids.Select(id => id.Value).Distinct().ToArray();
        var changed = await UpdateAsync(idValues, change, cancellationToken);
        LogPatched(logger, change.GetType().Name, idValues.Length, changed);
        return changed;
    }

    /// <summary>
    /// A PATCH of one component: a missing component is a 404 and a refused transition a 400. (A bulk PATCH that
    /// lists a single ID still skips silently, so this is decided by the route, not by the number of IDs.)
    /// </summary>
    public async Task<Outcome<int>> ApplyOneAsync(Xname id, ComponentChange change, CancellationToken cancellationToken)
    {
        var changed = await ApplyAsync([id], change, cancellationToken);
        return changed > 0 ? changed : await ExplainUnchangedAsync(id, change, cancellationToken);
    }

    /// <summary>For BulkNID: each ID gets its own NID; a null NID removes it. Unknown IDs are skipped.</summary>
    public async Task<int> AssignNidsAsync(IReadOnlyList<(Xname Id, long? Nid)> assignments, CancellationToken cancellationToken)
    {
        var changed = await db.Database.ExecuteSqlRawAsync(
            """
            UPDATE smd.components c SET nid = u.nid
            FROM unnest(@ids, @nids) AS u(id, nid)
            WHERE c.id = u.id AND c.nid IS DISTINCT FROM u.nid
            """,
            UnnestParameters.For(assignments).Column("ids", a => a.Id.Value).Column("nids", a => a.Nid).ToArray(),
            cancellationToken);
        LogPatched(logger, nameof(ComponentChange.Nid), assignments.Count, changed);
        return changed;
    }

    private Task<int> UpdateAsync(string[] ids, ComponentChange change, CancellationToken cancellationToken)
    {
        var targets = db.Components.Where(c => ids.Contains(c.Id));
        switch (change)
        {
            case ComponentChange.StateData(var state, var flag, var force):
                var startStates = AllowedStartStates(state, flag, force);
                if (startStates is not null)
                {
                    var allowed = startStates.ToArray();
                    targets = targets.Where(c => allowed.Contains(c.State));
                }

                // A Locked flag survives state changes; only FlagOnly may clear it.
                return targets.Where(c => c.State != state || c.Flag != flag)
                    .ExecuteUpdateAsync(s => s.SetProperty(c => c.State, state)
                        .SetProperty(c => c.Flag, c => c.Flag == LockedFlag ? LockedFlag : flag), cancellationToken);
            case ComponentChange.FlagOnly(var flag):
                return targets.Where(c => c.Flag != flag).ExecuteUpdateAsync(s => s.SetProperty(c => c.Flag, flag), cancellationToken);
            case ComponentChange.Enabled(var enabled):
                return targets.Where(c => c.Enabled != enabled).ExecuteUpdateAsync(s => s.SetProperty(c => c.Enabled, enabled), cancellationToken);
            case ComponentChange.SoftwareStatus(var status):
                return targets.Where(c => c.SoftwareStatus != status).ExecuteUpdateAsync(s => s.SetProperty(c => c.SoftwareStatus, status), cancellationToken);
            case ComponentChange.Role(var role, var subRole):
                return targets.Where(c => c.Role != role || c.SubRole != subRole)
                    .ExecuteUpdateAsync(s => s.SetProperty(c => c.Role, role).SetProperty(c => c.SubRole, subRole), cancellationToken);
            case ComponentChange.Nid(var nid):
                return targets.Where(c => c.Nid != nid).ExecuteUpdateAsync(s => s.SetProperty(c => c.Nid, nid), cancellationToken);
            default:
                throw new ArgumentOutOfRangeException(nameof(change), change, null);
        }
    }

    /// <summary>
    /// The states a component may be in to move to <paramref name="state"/>, or null for any. The parser has
    /// already refused targets that need Force, so the lookup cannot fail here.
    /// </summary>
    private static IReadOnlyList<string>? AllowedStartStates(string state, string flag, bool force) =>
        StateTransitions.TryGetRequiredStartStates(state, flag, force, out var startStates, out var error)
            ? startStates
            : throw new InvalidOperationException(error);

    /// <summary>Nothing changed for a single component: it is missing, already as asked, or the move is refused.</summary>
    private async Task<Outcome<int>> ExplainUnchangedAsync(Xname id, ComponentChange change, CancellationToken cancellationToken)
    {
        var current = await db.Components.Where(c => c.Id == id.Value)
            .Select(c => new { c.State, c.Flag })
            .FirstOrDefaultAsync(cancellationToken);
        if (current is null)
        {
            return Problem.NotFound("no such xname.");
        }

        if (change is ComponentChange.StateData(var state, var flag, var force) && current.State != state
            && AllowedStartStates(state, flag, force) is { } allowed && !allowed.Contains(current.State))
        {
            // Only the Ready/Warning rule refuses a forced change, and Force cannot help it: do not suggest it then.
            var hint = (state, flag) is ("Ready", "Warning") ? "" : "; use Force to override";
            return Problem.BadRequest(
                $"{StateTransitions.NeedForceMessage} {id.Value} is {current.State} and cannot go to {state} " +
                $"(allowed from: {string.Join(", ", allowed)}){hint}.");
        }

        return 0;
    }
}
