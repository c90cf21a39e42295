using SysMgmt.ServiceDefaults.Data;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using SysMgmt.Core.Contracts;
using SysMgmt.Core.Xnames;
using SysMgmt.ServiceDefaults.Results;
using SysMgmt.Smd.Data;

namespace SysMgmt.Smd.NodeMaps;

/// <summary>Stores the default NID/Role/SubRole per node. A NID belongs to at most one node.</summary>
internal sealed partial class NodeMapService(SmdDbContext db, ILogger<NodeMapService> logger)
{
    public async Task<List<NodeMap>> ListAsync(CancellationToken cancellationToken) =>
        [.. (await db.NodeMaps.OrderBy(m => m.Id).ToListAsync(cancellationToken)).Select(ToContract)];

    public async Task<NodeMap?> FindAsync(Xname id, CancellationToken cancellationToken) =>
        await db.NodeMaps.FirstOrDefaultAsync(m => m.Id == id.Value, cancellationToken) is { } entity ? ToContract(entity) : null;

    /// <summary>
    /// Creates or replaces all entries in one statement; a NID clash rejects the whole request with a 409 that names
    /// the NID and both xnames. The deferred unique constraint decides (a request may swap two nodes' NIDs).
    /// </summary>
    public async Task<Outcome<int>> UpsertAsync(IReadOnlyList<NodeMap> maps, CancellationToken cancellationToken)
    {
        if (NodeMapConflicts.WithinRequest(maps) is { } repeated)
        {
            return Problem.Conflict(repeated);
        }

        try
        {
            var written = await db.Database.ExecuteSqlRawAsync(
                """
                INSERT INTO smd.node_maps (id, nid, role, sub_role, node_info)
                SELECT * FROM unnest(@ids, @nids, @roles, @sub_roles, @infos)
                ON CONFLICT (id) DO UPDATE SET
                    nid = EXCLUDED.nid, role = EXCLUDED.role, sub_role = EXCLUDED.sub_role, node_info = EXCLUDED.node_info
                """,
                UnnestParameters.For(maps)
                    .Column("ids", m => m.ID!)
                    .Column("nids", m => m.NID)
                    .Column("roles", m => m.Role)
                    .Column("sub_roles", m => m.SubRole)
                    .JsonbColumn("infos", m => m.NodeInfo?.GetRawText())
                    .ToArray(),
                cancellationToken);
            LogStored(logger, written);
            return written;
        }
        catch (PostgresException exception) when (exception is { SqlState: PostgresErrorCodes.UniqueViolation, ConstraintName: "node_maps_nid_key" })
        {
            return Problem.Conflict(NodeMapConflicts.WithStored(maps, await HoldersAsync(maps, cancellationToken)));
        }
    }

    /// <summary>The stored maps, not rewritten by <paramref name="maps"/>, that hold one of its NIDs: the cause of a clash.</summary>
    private Task<List<NodeMapEntity>> HoldersAsync(IReadOnlyList<NodeMap> maps, CancellationToken cancellationToken)
    {
        var nids = maps.Select(m => m.NID).ToArray();
        var ids = maps.Select(m => m.ID!).ToArray();
        return db.NodeMaps.Where(m => nids.Contains(m.Nid) && !ids.Contains(m.Id)).OrderBy(m => m.Nid).ToListAsync(cancellationToken);
    }

    public Task<int> DeleteAsync(Xname id, CancellationToken cancellationToken) =>
        db.NodeMaps.Where(m => m.Id == id.Value).ExecuteDeleteAsync(cancellationToken);

    public Task<int> DeleteAllAsync(CancellationToken cancellationToken) => db.NodeMaps.ExecuteDeleteAsync(cancellationToken);

    private static NodeMap ToContract(NodeMapEntity entity) => new()
    {
        ID = entity.Id,
        NID = entity.Nid,
        Role = entity.Role,
        SubRole = entity.SubRole,
        NodeInfo = entity.NodeInfo is null ? null : JsonDocument.Parse(entity.NodeInfo).RootElement.Clone(),
    };
}
