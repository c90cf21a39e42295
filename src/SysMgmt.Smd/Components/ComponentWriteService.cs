using SysMgmt.ServiceDefaults.Data;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using SysMgmt.Core.Xnames;
using SysMgmt.Smd.Data;

namespace SysMgmt.Smd.Components;

/// <summary>Creates, force-updates and deletes components; every write is one set-based statement.</summary>
internal sealed partial class ComponentWriteService(SmdDbContext db, ILogger<ComponentWriteService> logger)
{
    /// <summary>
    /// Inserts the components in one statement. Existing IDs are left alone unless <paramref name="force"/>,
    /// which overwrites State and Flag, and Subtype/NetType/Arch/Class where the body gives them (never NID,
    /// Role or Enabled: those have their own PATCH routes). Nodes without Role or NID get defaults from the
    /// NodeMaps, else Role Compute and a NID derived from the xname. Rows are inserted in ID order, so concurrent
    /// POSTs of overlapping sets take their row locks in the same order and cannot deadlock.
    /// </summary>
    public async Task<int> UpsertAsync(IReadOnlyList<NewComponent> components, bool force, CancellationToken cancellationToken)
    {
        var sql = force ? UpsertSql + ForceUpdateSql : UpsertSql + "ON CONFLICT (id) DO NOTHING";
        var written = await db.Database.ExecuteSqlRawAsync(sql, Columns(components), cancellationToken);
        LogUpserted(logger, components.Count, written, force);
        return written;
    }

    public Task<int> DeleteAsync(Xname id, CancellationToken cancellationToken) =>
        db.Components.Where(c => c.Id == id.Value).ExecuteDeleteAsync(cancellationToken);

    public Task<int> DeleteAllAsync(CancellationToken cancellationToken) =>
        db.Components.ExecuteDeleteAsync(cancellationToken);

    private static NpgsqlParameter[] Columns(IReadOnlyList<NewComponent> components) =>
        UnnestParameters.For(components)
            .Column("ids", c => c.Id.Value)
            .Column("types", c => XnameTypes.Name(c.Id.Type))
            .Column("states", c => c.State)
            .Column("flags", c => c.Flag)
            .Column("enabled", c => c.Enabled)
            .Column("software_statuses", c => c.SoftwareStatus)
            .Column("roles", c => c.Role)
            .Column("sub_roles", c => c.SubRole)
            .Column("nids", c => c.Nid)
            .Column("default_nids", c => c.GetsNodeDefaults ? NodeNumbering.DefaultNid(c.Id) : null)
            .Column("gets_defaults", c => c.GetsNodeDefaults)
            .Column("subtypes", c => c.Subtype)
            .Column("net_types", c => c.NetType)
            .Column("arches", c => c.Arch)
            .Column("classes", c => c.Class)
            .ToArray();

    private const string UpsertSql = """
        INSERT INTO smd.components AS c
            (id, type, state, flag, enabled, software_status, role, sub_role, nid, subtype, net_type, arch, class)
        SELECT u.id, u.type, u.state, u.flag, u.enabled, u.software_status,
               CASE WHEN u.gets_defaults THEN COALESCE(u.role, m.role, 'Compute') ELSE u.role END,
               CASE WHEN u.gets_defaults THEN COALESCE(u.sub_role, m.sub_role) ELSE u.sub_role END,
               CASE WHEN u.gets_defaults THEN COALESCE(u.nid, m.nid, u.default_nid) ELSE u.nid END,
               u.subtype, u.net_type, u.arch, u.class
        FROM unnest(@ids, @types, @states, @flags, @enabled, @software_statuses, @roles, @sub_roles, @nids,
                    @default_nids, @gets_defaults, @subtypes, @net_types, @arches, @classes)
             AS u(id, type, state, flag, enabled, software_status, role, sub_role, nid,
                  default_nid, gets_defaults, subtype, net_type, arch, class)
        LEFT JOIN smd.node_maps m ON u.gets_defaults AND m.id = u.id
        ORDER BY u.id

        """;

    private const string ForceUpdateSql = """
        ON CONFLICT (id) DO UPDATE SET
            state = EXCLUDED.state,
            flag = EXCLUDED.flag,
            subtype = COALESCE(EXCLUDED.subtype, c.subtype),
            net_type = COALESCE(EXCLUDED.net_type, c.net_type),
            arch = COALESCE(EXCLUDED.arch, c.arch),
            class = COALESCE(EXCLUDED.class, c.class)
        WHERE (c.state, c.flag, c.subtype, c.net_type, c.arch, c.class) IS DISTINCT FROM
              (EXCLUDED.state, EXCLUDED.flag, COALESCE(EXCLUDED.subtype, c.subtype), COALESCE(EXCLUDED.net_type, c.net_type),
               COALESCE(EXCLUDED.arch, c.arch), COALESCE(EXCLUDED.class, c.class))
        """;
}
