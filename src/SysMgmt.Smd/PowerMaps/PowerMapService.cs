using Microsoft.EntityFrameworkCore;
using SysMgmt.Core.Xnames;
using SysMgmt.ServiceDefaults.Data;
using SysMgmt.Smd.Data;

namespace SysMgmt.Smd.PowerMaps;

/// <summary>Stores which components power which. Lists are ordered by xname.</summary>
internal sealed partial class PowerMapService(SmdDbContext db, ILogger<PowerMapService> logger)
{
    private DbSet<PowerMapEntity> PowerMaps => db.Set<PowerMapEntity>();

    public async Task<List<PowerMap>> ListAsync(CancellationToken cancellationToken) =>
        [.. (await PowerMaps.AsNoTracking().OrderBy(m => m.Id).ToListAsync(cancellationToken)).Select(ToContract)];

    public async Task<PowerMap?> FindAsync(Xname id, CancellationToken cancellationToken) =>
        await PowerMaps.AsNoTracking().FirstOrDefaultAsync(m => m.Id == id.Value, cancellationToken) is { } entity ? ToContract(entity) : null;

    /// <summary>Creates or replaces all entries in one statement (their IDs are distinct).</summary>
    public async Task<int> UpsertAsync(IReadOnlyList<ValidPowerMap> maps, CancellationToken cancellationToken)
    {
        // A row's suppliers travel as one comma-joined text (xnames hold no commas): unnest cannot take ragged arrays.
        var written = await db.Database.ExecuteSqlRawAsync(
            """
            INSERT INTO smd.power_maps (id, powered_by)
            SELECT u.id, string_to_array(u.powered_by, ',') FROM unnest(@ids, @powered_by) AS u(id, powered_by)
            ON CONFLICT (id) DO UPDATE SET powered_by = EXCLUDED.powered_by
            """,
            UnnestParameters.For(maps)
                .Column("ids", m => m.Id.Value)
                .Column("powered_by", m => string.Join(',', m.PoweredBy))
                .ToArray(),
            cancellationToken);
        LogStored(logger, written);
        return written;
    }

    public Task<int> DeleteAsync(Xname id, CancellationToken cancellationToken) =>
        PowerMaps.Where(m => m.Id == id.Value).ExecuteDeleteAsync(cancellationToken);

    public Task<int> DeleteAllAsync(CancellationToken cancellationToken) => PowerMaps.ExecuteDeleteAsync(cancellationToken);

    private static PowerMap ToContract(PowerMapEntity entity) => new() { Id = entity.Id, PoweredBy = entity.PoweredBy };
}
