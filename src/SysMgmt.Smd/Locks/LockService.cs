using Microsoft.EntityFrameworkCore;
using SysMgmt.Core.Time;
using SysMgmt.ServiceDefaults.Results;
using SysMgmt.Smd.Data;

namespace SysMgmt.Smd.Locks;

/// <summary>
/// Administrative locks (<c>components.locked</c>), the reservation ability (<c>components.reservation_disabled</c>),
/// and the lock status of components.
/// </summary>
internal sealed partial class LockService(SmdDbContext db, LockingTransaction transaction, ILogger<LockService> logger)
{
    public Task<Outcome<LockUpdateResult>> LockAsync(LockSelection selection, CancellationToken cancellationToken) =>
        SetLockedAsync(selection, locked: true, LockRules.Lock, cancellationToken);

    public Task<Outcome<LockUpdateResult>> UnlockAsync(LockSelection selection, CancellationToken cancellationToken) =>
        SetLockedAsync(selection, locked: false, LockRules.Unlock, cancellationToken);

    /// <summary>Ends the components' reservations, if any, and refuses new ones until repaired. Does not touch the lock.</summary>
    public Task<Outcome<LockUpdateResult>> DisableAsync(LockSelection selection, CancellationToken cancellationToken) =>
        transaction.RunAsync(selection, LockRules.Always, async (decisions, _, ct) =>
        {
            var ids = decisions.Succeeded.ToArray();
            var ended = await db.Set<ReservationEntity>().Where(r => ids.Contains(r.ComponentId)).ExecuteDeleteAsync(ct);
            await db.Components.Where(c => ids.Contains(c.Id)).ExecuteUpdateAsync(set => set.SetProperty(c => c.ReservationDisabled, true), ct);
            LogDisabled(logger, ids.Length, ended);
            return LockUpdateResult.Of(decisions.Succeeded, decisions.Failed);
        }, cancellationToken);

    public Task<Outcome<LockUpdateResult>> RepairAsync(LockSelection selection, CancellationToken cancellationToken) =>
        transaction.RunAsync(selection, LockRules.Always, async (decisions, _, ct) =>
        {
            var ids = decisions.Succeeded.ToArray();
            await db.Components.Where(c => ids.Contains(c.Id)).ExecuteUpdateAsync(set => set.SetProperty(c => c.ReservationDisabled, false), ct);
            LogRepaired(logger, ids.Length);
            return LockUpdateResult.Of(decisions.Succeeded, decisions.Failed);
        }, cancellationToken);

    /// <summary>
    /// Each selected component's lock and reservation, by ID; an expired reservation shows as none. With
    /// <paramref name="mustMatch"/> (the POST form, which names components) a selection that matches nothing is a 404.
    /// </summary>
    public async Task<Outcome<LockStatusResult>> StatusAsync(LockSelection selection, bool mustMatch, CancellationToken cancellationToken)
    {
        var now = transaction.Now();
        var rows = await (
                from c in db.Selected(selection, now)
                join r in db.Set<ReservationEntity>().HeldAt(now) on c.Id equals r.ComponentId into reservations
                from r in reservations.DefaultIfEmpty()
                orderby c.Id
                select new
                {
                    c.Id,
                    c.Locked,
                    c.ReservationDisabled,
                    Reserved = r != null,
                    CreatedAt = r == null ? (DateTimeOffset?)null : r.CreatedAt,
                    ExpiresAt = r == null ? null : r.ExpiresAt,
                })
            .ToListAsync(cancellationToken);
        if (mustMatch && rows.Count == 0)
        {
            return LockProblems.NothingSelected;
        }

        var found = rows.Select(r => r.Id).ToHashSet(StringComparer.Ordinal);
        return new LockStatusResult(
            [.. rows.Select(r => new ComponentLockStatus(r.Id, r.Locked, r.Reserved, Format(r.CreatedAt), Format(r.ExpiresAt), r.ReservationDisabled))],
            [.. selection.RequestedIds.Where(id => !found.Contains(id)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)]);
    }

    private Task<Outcome<LockUpdateResult>> SetLockedAsync(
        LockSelection selection, bool locked, Func<ComponentLockState, LockFailureReason?> rule, CancellationToken cancellationToken) =>
        transaction.RunAsync(selection, rule, async (decisions, _, ct) =>
        {
            var ids = decisions.Succeeded.ToArray();
            await db.Components.Where(c => ids.Contains(c.Id)).ExecuteUpdateAsync(set => set.SetProperty(c => c.Locked, locked), ct);
            LogLockChanged(logger, locked ? "Locked" : "Unlocked", ids.Length, decisions.Failed.Count);
            return LockUpdateResult.Of(decisions.Succeeded, decisions.Failed);
        }, cancellationToken);

    private static string? Format(DateTimeOffset? time) => time is { } t ? Rfc3339.Format(t) : null;
}
