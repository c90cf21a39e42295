using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;
using SysMgmt.Core.Time;
using SysMgmt.ServiceDefaults.Data;
using SysMgmt.ServiceDefaults.Results;
using SysMgmt.Smd.Data;

namespace SysMgmt.Smd.Locks;

/// <summary>
/// Reservations: an administrator's (the component locked, no expiry) and a service's (the component unlocked,
/// expiring, renewable). Creation and forced removal go through <see cref="LockingTransaction"/>; release and renew
/// address reservations by key, in one statement each. A reservation past its expiry is treated as absent by every
/// statement here, whether or not <see cref="ReservationSweeper"/> has deleted it yet. Keys are never logged.
/// </summary>
internal sealed partial class ReservationService(SmdDbContext db, LockingTransaction transaction, ILogger<ReservationService> logger)
{
    /// <summary>
    /// Reserves the selected components: for an administrator when <paramref name="duration"/> is null, else for a
    /// service until now + duration. Each reservation gets fresh keys; the reservation key is shown only here.
    /// </summary>
    public Task<Outcome<ReservationResult<ReservationGrant>>> ReserveAsync(LockSelection selection, TimeSpan? duration, CancellationToken cancellationToken) =>
        transaction.RunAsync(selection, duration is null ? LockRules.ReserveAsAdmin : LockRules.ReserveAsService, async (decisions, now, ct) =>
        {
            var expires = now + duration;
            var grants = decisions.Succeeded.Select(id => (Id: id, Keys: ReservationKeys.Issue(id))).ToList();
            var written = grants.Count == 0 ? 0 : await db.Database.ExecuteSqlRawAsync(
                InsertSql,
                [
                    .. UnnestParameters.For(grants)
                        .Column("component_ids", g => g.Id)
                        .Column("deputy_keys", g => g.Keys.Deputy)
                        .Column("key_hashes", g => ReservationKeys.Hash(g.Keys.Reservation))
                        .Value("now", now)
                        .ToArray(),
                    new NpgsqlParameter("expires_at", NpgsqlDbType.TimestampTz) { Value = (object?)expires ?? DBNull.Value },
                ],
                ct);
            // The rows are locked and were checked unreserved in this transaction: anything else is a bug, not a race.
            if (written != grants.Count)
            {
                throw new InvalidOperationException($"reserved {written} of {grants.Count} components that were checked free under their row locks");
            }

            LogReserved(logger, grants.Count, duration is null ? "administrator" : $"service, {duration.Value.TotalMinutes} minutes", decisions.Failed.Count);
            var expiration = expires is { } e ? Rfc3339.Format(e) : null;
            return new ReservationResult<ReservationGrant>(
                [.. grants.Select(g => new ReservationGrant(g.Id, g.Keys.Deputy, g.Keys.Reservation, expiration))], decisions.Failed);
        }, cancellationToken);

    /// <summary>Deletes the selected components' reservations without their keys (administrators only; release is the normal way).</summary>
    public Task<Outcome<LockUpdateResult>> RemoveAsync(LockSelection selection, CancellationToken cancellationToken) =>
        transaction.RunAsync(selection, LockRules.HasReservation, async (decisions, _, ct) =>
        {
            var ids = decisions.Succeeded.ToArray();
            await db.Set<ReservationEntity>().Where(r => ids.Contains(r.ComponentId)).ExecuteDeleteAsync(ct);
            LogRemoved(logger, ids.Length);
            return LockUpdateResult.Of(decisions.Succeeded, decisions.Failed);
        }, cancellationToken);

    /// <summary>Ends the reservations whose reservation keys are given (an administrator's or a service's).</summary>
    public Task<Outcome<LockUpdateResult>> ReleaseAsync(IReadOnlyList<KeyedComponent> keys, ProcessingModel model, CancellationToken cancellationToken) =>
        db.InTransactionAsync<LockUpdateResult>(async ct =>
        {
            var released = await ByKeyAsync(ReleaseSql, keys, null, ct);
            LogReleased(logger, released.Count, keys.Count - released.Count);
            return Answer(keys, released, model);
        }, cancellationToken);

    /// <summary>Moves the expiry of unexpired service reservations to now + <paramref name="duration"/>.</summary>
    public Task<Outcome<LockUpdateResult>> RenewAsync(IReadOnlyList<KeyedComponent> keys, ProcessingModel model, TimeSpan duration, CancellationToken cancellationToken) =>
        db.InTransactionAsync<LockUpdateResult>(async ct =>
        {
            var renewed = await ByKeyAsync(RenewSql, keys, duration, ct);
            LogRenewed(logger, renewed.Count, keys.Count - renewed.Count, duration.TotalMinutes);
            return Answer(keys, renewed, model);
        }, cancellationToken);

    /// <summary>Which deputy keys prove a reservation that is still held: always an answer per key, never a refusal.</summary>
    public async Task<ReservationResult<ReservationHolding>> CheckAsync(IReadOnlyList<KeyedComponent> keys, CancellationToken cancellationToken)
    {
        var ids = keys.Select(k => k.Id).ToArray();
        var held = await db.Set<ReservationEntity>().AsNoTracking().HeldAt(transaction.Now())
            .Where(r => ids.Contains(r.ComponentId))
            .ToDictionaryAsync(r => r.ComponentId, StringComparer.Ordinal, cancellationToken);
        var success = new List<ReservationHolding>();
        var failure = new List<LockFailure>();
        foreach (var key in keys.OrderBy(k => k.Id, StringComparer.Ordinal))
        {
            if (held.TryGetValue(key.Id, out var reservation) && reservation.DeputyKey == key.Key)
            {
                success.Add(new ReservationHolding(key.Id, reservation.DeputyKey, Rfc3339.Format(reservation.CreatedAt),
                    reservation.ExpiresAt is { } expires ? Rfc3339.Format(expires) : null));
            }
            else
            {
                failure.Add(new LockFailure(key.Id, LockFailureReason.NotFound));
            }
        }

        return new ReservationResult<ReservationHolding>(success, failure);
    }

    /// <summary>Runs a statement over the reservations matching (ID, key hash), locked in ID order; returns the IDs it acted on.</summary>
    private Task<List<string>> ByKeyAsync(string sql, IReadOnlyList<KeyedComponent> keys, TimeSpan? duration, CancellationToken cancellationToken)
    {
        var now = transaction.Now();
        return db.Database.SqlQueryRaw<string>(
                sql,
                UnnestParameters.For(keys)
                    .Column("component_ids", k => k.Id)
                    .Column("key_hashes", k => ReservationKeys.Hash(k.Key))
                    .Value("now", now)
                    .Value("expires_at", now + (duration ?? TimeSpan.Zero))
                    .ToArray())
            .ToListAsync(cancellationToken);
    }

    /// <summary>The keys whose reservation was not acted on fail as <c>NotFound</c>; a rigid request with any such key changes nothing.</summary>
    private static Outcome<LockUpdateResult> Answer(IReadOnlyList<KeyedComponent> keys, List<string> acted, ProcessingModel model)
    {
        var done = acted.ToHashSet(StringComparer.Ordinal);
        var failed = keys.Where(k => !done.Contains(k.Id)).Select(k => new LockFailure(k.Id, LockFailureReason.NotFound))
            .OrderBy(f => f.ID, StringComparer.Ordinal).ToList();
        if (model == ProcessingModel.Rigid && failed.Count > 0)
        {
            return LockProblems.Refused(failed);
        }

        return LockUpdateResult.Of([.. acted.Order(StringComparer.Ordinal)], failed);
    }

    // An expired reservation is taken over in the same statement (the row is there until the sweeper deletes it).
    private const string InsertSql = """
        INSERT INTO smd.reservations AS r (component_id, created_at, expires_at, deputy_key, reservation_key_sha256)
        SELECT u.component_id, @now, @expires_at, u.deputy_key, u.key_hash
        FROM unnest(@component_ids, @deputy_keys, @key_hashes) AS u(component_id, deputy_key, key_hash)
        ORDER BY u.component_id
        ON CONFLICT (component_id) DO UPDATE SET
            created_at = EXCLUDED.created_at, expires_at = EXCLUDED.expires_at,
            deputy_key = EXCLUDED.deputy_key, reservation_key_sha256 = EXCLUDED.reservation_key_sha256
        WHERE r.expires_at <= EXCLUDED.created_at
        """;

    private const string HeldByKeySql = """
        WITH held AS (
            SELECT r.component_id FROM smd.reservations r
            JOIN unnest(@component_ids, @key_hashes) AS k(component_id, key_hash)
              ON r.component_id = k.component_id AND r.reservation_key_sha256 = k.key_hash
            WHERE (r.expires_at IS NULL OR r.expires_at > @now)
            ORDER BY r.component_id
            FOR UPDATE OF r)
        """;

    private const string ReleaseSql = HeldByKeySql + """

        DELETE FROM smd.reservations r USING held WHERE r.component_id = held.component_id
        RETURNING r.component_id AS "Value"
        """;

    // Only service reservations expire, so only they renew (an administrator's has no expiry to move).
    private const string RenewSql = HeldByKeySql + """

        UPDATE smd.reservations r SET expires_at = @expires_at FROM held
        WHERE r.component_id = held.component_id AND r.expires_at IS NOT NULL
        RETURNING r.component_id AS "Value"
        """;
}
