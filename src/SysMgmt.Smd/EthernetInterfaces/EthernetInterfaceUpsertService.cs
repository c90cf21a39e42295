using SysMgmt.ServiceDefaults.Data;
using Microsoft.EntityFrameworkCore;
using SysMgmt.Core.Time;
using SysMgmt.Smd.Data;

namespace SysMgmt.Smd.EthernetInterfaces;

/// <summary>Writes the Ethernet interfaces that discovery reports (System and Manager NICs) in bulk.</summary>
internal sealed partial class EthernetInterfaceUpsertService(SmdDbContext db, TimeProvider time, ILogger<EthernetInterfaceUpsertService> logger)
{
    private const string Savepoint = "ethernet_interface_upsert";

    /// <summary>
    /// Creates or updates <paramref name="interfaces"/> and their IP addresses inside the caller's transaction
    /// (<see cref="Microsoft.EntityFrameworkCore.Infrastructure.DatabaseFacade.CurrentTransaction"/> must be set, e.g.
    /// by <c>InTransactionAsync</c>), in a fixed number of set-based statements whatever the batch size.
    /// </summary>
    /// <remarks>
    /// <para><b>Ownership.</b> A MAC belongs to at most one component. An interface whose stored ComponentID is
    /// empty is claimed by the batch; one with the same ComponentID is updated. A MAC already stored with a
    /// <i>different</i> ComponentID, or given to two different components within the batch, is a conflict: it is
    /// reported in <see cref="EthernetInterfaceUpsertResult.Conflicts"/>, never overwritten. An entry without a
    /// ComponentID never conflicts and never clears a stored owner.</para>
    /// <para><b>All or nothing.</b> When there is any conflict, nothing at all is written (rows already in the
    /// caller's transaction are untouched) and the caller decides: typically it rolls back and answers 409 naming
    /// the MACs. Existing rows are locked in ID order first, and a concurrent insert of a new MAC that wins the race
    /// is detected after the fact and rolled back to a savepoint, so the guarantee holds under concurrency.</para>
    /// <para><b>Merging, not replacing.</b> IP addresses are added after those already stored and never removed
    /// (DHCP tooling and operators add addresses discovery cannot see); an address already stored keeps its network
    /// unless the batch gives one. A stored Description is kept; an empty one is filled. Entries repeated in the
    /// batch are merged. An unchanged re-run writes nothing, so it is idempotent and cheap.</para>
    /// <para><b>LastUpdate</b> is set on insert and whenever an interface gains an address or an address changes
    /// network.</para>
    /// </remarks>
    public async Task<EthernetInterfaceUpsertResult> UpsertAsync(IReadOnlyList<NewEthernetInterface> interfaces, CancellationToken cancellationToken)
    {
        var transaction = db.Database.CurrentTransaction
            ?? throw new InvalidOperationException("UpsertAsync writes inside the caller's transaction; begin one first (InTransactionAsync).");
        if (interfaces.Count == 0)
        {
            return EthernetInterfaceUpsertResult.Nothing;
        }

        var (batch, conflicts) = Merge(interfaces);
        var stored = await LockOwnersAsync([.. batch.Select(i => i.Id)], cancellationToken);
        conflicts.AddRange(OwnershipConflicts(batch, stored));
        if (conflicts.Count > 0)
        {
            return Refused(conflicts);
        }

        await transaction.CreateSavepointAsync(Savepoint, cancellationToken);
        var now = Rfc3339.ToMicroseconds(time.GetUtcNow());
        var written = (await UpsertRowsAsync(batch, now, cancellationToken)).ToDictionary(r => r.Id, r => r.Inserted);

        // A new MAC that a concurrent transaction inserted first was skipped by the ownership guard (or was
        // identical): its owner is visible now, so check again and undo this batch if it clashes.
        var raced = batch.Where(i => !stored.ContainsKey(i.Id) && !written.ContainsKey(i.Id)).ToList();
        if (raced.Count > 0 && OwnershipConflicts(raced, await LockOwnersAsync([.. raced.Select(i => i.Id)], cancellationToken)) is { Count: > 0 } lost)
        {
            await transaction.RollbackToSavepointAsync(Savepoint, cancellationToken);
            return Refused(lost);
        }

        var addressed = await EthernetInterfaceIpRows.AppendAsync(
            db, [.. batch.SelectMany(i => i.IpAddresses.Select(ip => (i.Id, ip)))], refreshNetwork: true, cancellationToken);
        var touched = addressed.Where(id => !written.GetValueOrDefault(id)).Distinct().ToArray();
        if (touched.Length > 0)
        {
            await db.EthernetInterfaces.Where(e => touched.Contains(e.Id))
                .ExecuteUpdateAsync(set => set.SetProperty(e => e.LastUpdate, now), cancellationToken);
        }

        await transaction.ReleaseSavepointAsync(Savepoint, cancellationToken);
        var inserted = written.Count(w => w.Value);
        var updated = written.Keys.Where(id => !written[id]).Union(touched).Count();
        LogUpserted(logger, batch.Count, inserted, updated);
        return new EthernetInterfaceUpsertResult(inserted, updated, []);
    }

    /// <summary>Folds entries with the same MAC into one; two different owners for one MAC is a conflict.</summary>
    private static (List<NewEthernetInterface> Batch, List<EthernetInterfaceConflict> Conflicts) Merge(IReadOnlyList<NewEthernetInterface> interfaces)
    {
        var conflicts = new List<EthernetInterfaceConflict>();
        var batch = new List<NewEthernetInterface>();
        foreach (var group in interfaces.GroupBy(i => i.Id).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var first = group.First();
            var owners = group.Where(i => i.ComponentId is not null).Select(i => i.ComponentId!.Value.Value).Distinct().ToList();
            if (owners.Count > 1)
            {
                conflicts.Add(new EthernetInterfaceConflict(first.MacAddress, owners[1], owners[0], WithinBatch: true));
                continue;
            }

            var ips = group.SelectMany(i => i.IpAddresses)
                .GroupBy(ip => ip.IPAddress)
                .Select(same => same.FirstOrDefault(ip => ip.Network is not null) ?? same.First());
            batch.Add(first with
            {
                Description = group.Select(i => i.Description).FirstOrDefault(d => d.Length > 0) ?? "",
                ComponentId = group.Select(i => i.ComponentId).FirstOrDefault(c => c is not null),
                IpAddresses = [.. ips],
            });
        }

        return (batch, conflicts);
    }

    private static List<EthernetInterfaceConflict> OwnershipConflicts(IEnumerable<NewEthernetInterface> batch, Dictionary<string, string?> stored) =>
    [
        .. batch
            .Where(i => i.ComponentId is not null && stored.GetValueOrDefault(i.Id) is { } owner && owner != i.ComponentId.Value.Value)
            .Select(i => new EthernetInterfaceConflict(i.MacAddress, i.ComponentId!.Value.Value, stored[i.Id]!, WithinBatch: false)),
    ];

    /// <summary>The stored owner (null: none) of each ID that exists, locking those rows in ID order.</summary>
    private async Task<Dictionary<string, string?>> LockOwnersAsync(string[] ids, CancellationToken cancellationToken) =>
        (await db.Database.SqlQueryRaw<StoredOwner>(
                """
                SELECT id AS "Id", component_id AS "ComponentId" FROM smd.ethernet_interfaces
                WHERE id = ANY(@ids) ORDER BY id FOR UPDATE
                """,
                UnnestParameters.For(ids).Column("ids", id => id).ToArray())
            .ToListAsync(cancellationToken))
        .ToDictionary(o => o.Id, o => o.ComponentId);

    /// <summary>
    /// Inserts new interfaces and updates owned or unowned ones, in ID order (so overlapping batches lock in the
    /// same order). Rows that would not change are not written, and are not returned.
    /// </summary>
    private Task<List<UpsertedRow>> UpsertRowsAsync(List<NewEthernetInterface> batch, DateTimeOffset now, CancellationToken cancellationToken) =>
        db.Database.SqlQueryRaw<UpsertedRow>(
            """
            INSERT INTO smd.ethernet_interfaces AS e (id, mac_address, description, component_id, type, last_update)
            SELECT u.id, u.mac_address, u.description, u.component_id, u.type, @now
            FROM unnest(@ids, @macs, @descriptions, @component_ids, @types) AS u(id, mac_address, description, component_id, type)
            ORDER BY u.id
            ON CONFLICT (id) DO UPDATE SET
                description = CASE WHEN e.description = '' THEN EXCLUDED.description ELSE e.description END,
                component_id = COALESCE(EXCLUDED.component_id, e.component_id),
                type = COALESCE(EXCLUDED.type, e.type)
            WHERE (e.component_id IS NULL OR EXCLUDED.component_id IS NULL OR e.component_id = EXCLUDED.component_id)
              AND ((e.description = '' AND EXCLUDED.description <> '')
                   OR (e.component_id IS NULL AND EXCLUDED.component_id IS NOT NULL))
            RETURNING e.id AS "Id", (e.xmax = 0) AS "Inserted"
            """,
            UnnestParameters.For(batch)
                .Value("now", now)
                .Column("ids", i => i.Id)
                .Column("macs", i => i.MacAddress)
                .Column("descriptions", i => i.Description)
                .Column("component_ids", i => i.ComponentId?.Value)
                .Column("types", i => i.Type)
                .ToArray())
        .ToListAsync(cancellationToken);

    private EthernetInterfaceUpsertResult Refused(List<EthernetInterfaceConflict> conflicts)
    {
        LogRefused(logger, conflicts.Count, conflicts[0].ToString());
        return new EthernetInterfaceUpsertResult(0, 0, conflicts);
    }

    private sealed record StoredOwner(string Id, string? ComponentId);

    private sealed record UpsertedRow(string Id, bool Inserted);
}
