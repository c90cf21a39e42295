using Microsoft.EntityFrameworkCore;
using Npgsql;
using SysMgmt.Core.Xnames;
using SysMgmt.ServiceDefaults.Data;
using SysMgmt.ServiceDefaults.Results;
using SysMgmt.Smd.Data;

namespace SysMgmt.Smd.Hardware;

/// <summary>
/// Stores hardware inventory and its history. A POST is three set-based statements in one transaction, whatever
/// its size: take the inventory lock, upsert the FRUs, then (one statement) record the history, vacate the
/// locations that lost a FRU to another location, and upsert the locations.
/// </summary>
/// <remarks>
/// History records only real changes, against the stored state: a FRU appearing at a location is
/// <c>Detected</c>; a FRU leaving a location (replaced there, or found elsewhere) is <c>Removed</c>. An unchanged
/// re-POST writes nothing, unlike the anchors' duplicate "Detected" rows (hms-smd#178/#180). Writers are serialized
/// by a transaction-level advisory lock, so two concurrent POSTs cannot both record the same change.
/// </remarks>
internal sealed partial class HardwareWriteService(SmdDbContext db, TimeProvider time, ILogger<HardwareWriteService> logger)
{
    /// <summary>Serializes inventory writers ("SMDHWINV").</summary>
    private const long InventoryLockKey = 0x534D_4448_5749_4E56;

    public Task<Outcome<int>> StoreAsync(HardwareBatch batch, CancellationToken cancellationToken) =>
        db.InTransactionAsync<int>(async ct =>
        {
            await db.Database.ExecuteSqlRawAsync("SELECT pg_advisory_xact_lock(@key)", [new NpgsqlParameter("key", InventoryLockKey)], ct);
            var frus = batch.Frus.Count == 0 ? 0 : await db.Database.ExecuteSqlRawAsync(UpsertFrusSql, FruColumns(batch.Frus), ct);
            var events = await db.Database.ExecuteSqlRawAsync(StoreLocationsSql, LocationColumns(batch.Locations, time.GetUtcNow()), ct);
            LogStored(logger, batch.Locations.Count, frus, events);
            return events;
        }, cancellationToken);

    public Task<int> DeleteLocationAsync(Xname id, CancellationToken cancellationToken) =>
        db.HardwareLocations.Where(l => l.Id == id.Value).ExecuteDeleteAsync(cancellationToken);

    public Task<int> DeleteAllLocationsAsync(CancellationToken cancellationToken) =>
        db.HardwareLocations.ExecuteDeleteAsync(cancellationToken);

    /// <summary>Deletes FRUs; one that is installed somewhere is refused (409), as the API documents.</summary>
    public async Task<Outcome<int>> DeleteFrusAsync(string? fruId, CancellationToken cancellationToken)
    {
        var frus = fruId is null ? db.HardwareFrus : db.HardwareFrus.Where(f => f.FruId == fruId);
        try
        {
            return await frus.ExecuteDeleteAsync(cancellationToken);
        }
        catch (PostgresException exception) when (exception.SqlState == PostgresErrorCodes.ForeignKeyViolation)
        {
            var installed = await db.HardwareLocations.Where(l => l.FruId != null && frus.Any(f => f.FruId == l.FruId))
                .OrderBy(l => l.Id).Select(l => l.Id).FirstAsync(cancellationToken);
            return Problem.Conflict($"the FRU is installed at {installed}; delete or replace that location first");
        }
    }

    public Task<int> DeleteHistoryAsync(string? locationId, string? fruId, CancellationToken cancellationToken) =>
        db.HardwareHistory
            .Where(h => (locationId == null || h.Id == locationId) && (fruId == null || h.FruId == fruId))
            .ExecuteDeleteAsync(cancellationToken);

    private static NpgsqlParameter[] FruColumns(IReadOnlyList<NewHardwareFru> frus) =>
        UnnestParameters.For(frus)
            .Column("fru_ids", f => f.FruId)
            .Column("fru_types", f => f.Type)
            .Column("subtypes", f => f.Subtype)
            .Column("manufacturers", f => f.Manufacturer)
            .Column("part_numbers", f => f.PartNumber)
            .Column("serial_numbers", f => f.SerialNumber)
            .JsonbColumn("fru_infos", f => f.FruInfo)
            .ToArray();

    private static NpgsqlParameter[] LocationColumns(IReadOnlyList<NewHardwareLocation> locations, DateTimeOffset now) =>
        UnnestParameters.For(locations)
            .Column("ids", l => l.Id.Value)
            .Column("types", l => XnameTypes.Name(l.Kind.Type))
            .Column("ordinals", l => l.Ordinal)
            .Column("parent_nodes", l => l.ParentNode)
            .JsonbColumn("location_infos", l => l.LocationInfo)
            .Column("location_fru_ids", l => l.FruId)
            .Value("now", now)
            .ToArray();

    private const string UpsertFrusSql = """
        INSERT INTO smd.hwinv_by_fru AS f (fru_id, type, subtype, manufacturer, part_number, serial_number, fru_info)
        SELECT * FROM unnest(@fru_ids, @fru_types, @subtypes, @manufacturers, @part_numbers, @serial_numbers, @fru_infos)
        ORDER BY 1
        ON CONFLICT (fru_id) DO UPDATE SET
            type = EXCLUDED.type, subtype = EXCLUDED.subtype, manufacturer = EXCLUDED.manufacturer,
            part_number = EXCLUDED.part_number, serial_number = EXCLUDED.serial_number, fru_info = EXCLUDED.fru_info
        WHERE (f.type, f.subtype, f.fru_info) IS DISTINCT FROM (EXCLUDED.type, EXCLUDED.subtype, EXCLUDED.fru_info)
        """;

    // "current" is the stored state before this statement (every part of one statement sees the same snapshot):
    // the posted locations, and any other location that holds one of the posted FRUs.
    private const string StoreLocationsSql = """
        WITH input AS (
            SELECT * FROM unnest(@ids, @types, @ordinals, @parent_nodes, @location_infos, @location_fru_ids)
                AS i(id, type, ordinal, parent_node, location_info, fru_id)),
        current AS (
            SELECT l.id, l.fru_id FROM smd.hwinv_by_loc l
            WHERE l.id = ANY(@ids) OR l.fru_id = ANY(@location_fru_ids)),
        removed AS (
            SELECT c.id, c.fru_id FROM current c LEFT JOIN input i ON i.id = c.id
            WHERE c.fru_id IS NOT NULL AND i.fru_id IS DISTINCT FROM c.fru_id),
        detected AS (
            SELECT i.id, i.fru_id FROM input i LEFT JOIN current c ON c.id = i.id
            WHERE i.fru_id IS NOT NULL AND i.fru_id IS DISTINCT FROM c.fru_id),
        vacated AS (
            UPDATE smd.hwinv_by_loc l SET fru_id = NULL, status = 'Empty'
            FROM removed r
            WHERE l.id = r.id AND l.id <> ALL(@ids)),
        stored AS (
            INSERT INTO smd.hwinv_by_loc AS l (id, type, ordinal, status, parent_node, location_info, fru_id)
            SELECT id, type, ordinal, CASE WHEN fru_id IS NULL THEN 'Empty' ELSE 'Populated' END, parent_node, location_info, fru_id
            FROM input
            ORDER BY id
            ON CONFLICT (id) DO UPDATE SET
                type = EXCLUDED.type, ordinal = EXCLUDED.ordinal, status = EXCLUDED.status, parent_node = EXCLUDED.parent_node,
                location_info = EXCLUDED.location_info, fru_id = EXCLUDED.fru_id
            WHERE (l.type, l.ordinal, l.status, l.parent_node, l.location_info, l.fru_id) IS DISTINCT FROM
                  (EXCLUDED.type, EXCLUDED.ordinal, EXCLUDED.status, EXCLUDED.parent_node, EXCLUDED.location_info, EXCLUDED.fru_id))
        INSERT INTO smd.hwinv_hist (id, fru_id, event_type, timestamp)
        SELECT id, fru_id, event_type, @now
        FROM (SELECT id, fru_id, 'Removed' AS event_type, 0 AS step FROM removed
              UNION ALL
              SELECT id, fru_id, 'Detected', 1 FROM detected) AS events
        ORDER BY step, id
        """;
}
