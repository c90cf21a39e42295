using Microsoft.EntityFrameworkCore;
using SysMgmt.Core.Time;
using SysMgmt.ServiceDefaults.Data;
using SysMgmt.ServiceDefaults.Results;
using SysMgmt.Smd.Data;

namespace SysMgmt.Smd.Locks;

/// <summary>
/// Runs one lock or reservation operation in one transaction: find the components a request selects, lock their
/// rows in ID order, decide for each, and act on the winners. Every path that creates or ends a reservation by
/// component goes through here, so two requests for the same component are serialised by PostgreSQL's row lock and
/// the second one sees what the first committed. Rigid requests act on all or on none.
/// </summary>
internal sealed class LockingTransaction(SmdDbContext db, TimeProvider time)
{
    /// <summary>The current time at PostgreSQL's precision; every expiry comparison uses the injected clock.</summary>
    public DateTimeOffset Now() => Rfc3339.ToMicroseconds(time.GetUtcNow());

    public Task<Outcome<T>> RunAsync<T>(
        LockSelection selection,
        Func<ComponentLockState, LockFailureReason?> rule,
        Func<LockDecisions, DateTimeOffset, CancellationToken, Task<T>> apply,
        CancellationToken cancellationToken) =>
        db.InTransactionAsync<T>(async ct =>
        {
            var now = Now();
            var ids = await db.Selected(selection, now).Select(c => c.Id).ToArrayAsync(ct);
            var components = await LockRowsAsync(ids, now, ct);
            if (components.Count == 0)
            {
                return LockProblems.NothingSelected;
            }

            var found = components.Select(c => c.Id).ToHashSet(StringComparer.Ordinal);
            var notFound = selection.RequestedIds.Where(id => !found.Contains(id)).Distinct(StringComparer.Ordinal);
            var decisions = LockDecisions.Decide(components, notFound, rule);
            if (selection.Model == ProcessingModel.Rigid && decisions.Failed.Count > 0)
            {
                return LockProblems.Refused(decisions.Failed);
            }

            return await apply(decisions, now, ct);
        }, cancellationToken);

    /// <summary>
    /// Locks the components' rows (in ID order, so overlapping requests cannot deadlock), then reads their
    /// reservations in a second statement: its snapshot is taken after the locks are granted, so it sees every
    /// reservation a request that held them before has committed. <c>FOR NO KEY UPDATE</c> excludes every other lock
    /// or reservation request on these components, but not writes elsewhere that merely reference them (group members).
    /// </summary>
    private async Task<List<ComponentLockState>> LockRowsAsync(string[] ids, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (ids.Length == 0)
        {
            return [];
        }

        var rows = await db.Database.SqlQueryRaw<LockedRow>(
                """
                SELECT id AS "Id", locked AS "Locked", reservation_disabled AS "ReservationDisabled"
                FROM smd.components WHERE id = ANY(@ids) ORDER BY id FOR NO KEY UPDATE
                """,
                UnnestParameters.For(ids).Column("ids", id => id).ToArray())
            .ToListAsync(cancellationToken);
        var reserved = (await db.Set<ReservationEntity>().HeldAt(now).Where(r => ids.Contains(r.ComponentId)).Select(r => r.ComponentId).ToListAsync(cancellationToken))
            .ToHashSet(StringComparer.Ordinal);
        return [.. rows.Select(r => new ComponentLockState(r.Id, r.Locked, r.ReservationDisabled, reserved.Contains(r.Id)))];
    }

    private sealed record LockedRow(string Id, bool Locked, bool ReservationDisabled);
}
