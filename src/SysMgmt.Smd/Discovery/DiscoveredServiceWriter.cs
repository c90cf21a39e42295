using Microsoft.EntityFrameworkCore;
using Npgsql;
using SysMgmt.Core.Xnames;
using SysMgmt.Smd.Data;

namespace SysMgmt.Smd.Discovery;

/// <summary>
/// Makes an endpoint's Redfish services (<c>smd.service_endpoints</c>) exactly those a discovery body listed:
/// services no longer reported are removed, the rest inserted or updated, in two set-based statements inside
/// the ingestion's transaction.
/// </summary>
internal sealed class DiscoveredServiceWriter(SmdDbContext db)
{
    public async Task ReplaceAsync(Xname owner, IReadOnlyList<DiscoveredService> services, CancellationToken cancellationToken)
    {
        var types = services.Select(s => s.RedfishType).ToArray();
        await db.ServiceEndpoints.Where(se => se.RedfishEndpointId == owner.Value && !types.Contains(se.RedfishType)).ExecuteDeleteAsync(cancellationToken);
        var ordered = services.OrderBy(s => s.RedfishType, StringComparer.Ordinal).ToList();
        await db.Database.ExecuteSqlRawAsync(
            """
            INSERT INTO smd.service_endpoints (redfish_endpoint_id, redfish_type, uuid, odata_id, service_info)
            SELECT @owner, u.redfish_type, u.uuid, u.odata_id, u.info::json
            FROM unnest(@types, @uuids, @paths, @infos) AS u(redfish_type, uuid, odata_id, info)
            ON CONFLICT (redfish_endpoint_id, redfish_type) DO UPDATE SET
                uuid = EXCLUDED.uuid, odata_id = EXCLUDED.odata_id, service_info = EXCLUDED.service_info
            """,
            [
                new NpgsqlParameter("owner", owner.Value),
                new NpgsqlParameter("types", ordered.Select(s => s.RedfishType).ToArray()),
                new NpgsqlParameter("uuids", ordered.Select(s => s.Uuid).ToArray()),
                new NpgsqlParameter("paths", ordered.Select(s => s.OdataId).ToArray()),
                new NpgsqlParameter("infos", ordered.Select(s => s.Info).ToArray()),
            ],
            cancellationToken);
    }
}
