using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using SysMgmt.Core.Contracts;
using SysMgmt.Core.Xnames;
using SysMgmt.Smd.Data;
using SysMgmt.Smd.Querying;

namespace SysMgmt.Smd.ComponentEndpoints;

/// <summary>Reads and deletes component endpoints; they are written by discovery ingestion.</summary>
internal sealed class ComponentEndpointService(SmdDbContext db)
{
    public async Task<List<ComponentEndpoint>> ListAsync(ComponentEndpointFilter filter, CancellationToken cancellationToken)
    {
        var rows = await db.ComponentEndpoints
            .Matching(filter.Ids, ce => ce.Id)
            .Matching(filter.RedfishEndpointIds, ce => ce.RedfishEndpointId)
            .Matching(filter.Types, ce => ce.Type)
            .Matching(filter.RedfishTypes, ce => ce.RedfishType)
            .Join(db.RedfishEndpoints, ce => ce.RedfishEndpointId, ep => ep.Id, (ce, ep) => new { ce, ep.Fqdn, ep.Enabled })
            .OrderBy(row => row.ce.Id)
            .ToListAsync(cancellationToken);
        return [.. rows.Select(row => ToContract(row.ce, row.Fqdn, row.Enabled))];
    }

    public async Task<ComponentEndpoint?> FindAsync(Xname id, CancellationToken cancellationToken) =>
        (await ListAsync(new ComponentEndpointFilter { Ids = new([id.Value], []) }, cancellationToken)).FirstOrDefault();

    public Task<int> DeleteAsync(Xname id, CancellationToken cancellationToken) =>
        db.ComponentEndpoints.Where(ce => ce.Id == id.Value).ExecuteDeleteAsync(cancellationToken);

    public Task<int> DeleteAllAsync(CancellationToken cancellationToken) => db.ComponentEndpoints.ExecuteDeleteAsync(cancellationToken);

    /// <summary>The anchors derive FQDN, RedfishURL and Enabled from the endpoint rather than storing them.</summary>
    private static ComponentEndpoint ToContract(ComponentEndpointEntity row, string endpointFqdn, bool enabled)
    {
        var info = row.ComponentInfo is null ? (JsonElement?)null : JsonDocument.Parse(row.ComponentInfo).RootElement.Clone();
        return new ComponentEndpoint
        {
            ID = row.Id,
            Type = row.Type,
            Domain = row.Domain.Length == 0 ? null : row.Domain,
            FQDN = row.Domain.Length == 0 ? null : $"{row.Id}.{row.Domain}",
            RedfishType = row.RedfishType,
            RedfishSubtype = row.RedfishSubtype,
            MACAddr = row.MacAddr.Length == 0 ? null : row.MacAddr,
            UUID = row.Uuid.Length == 0 ? null : row.Uuid,
            OdataID = row.OdataId,
            RedfishEndpointID = row.RedfishEndpointId,
            Enabled = enabled,
            RedfishEndpointFQDN = endpointFqdn,
            RedfishURL = endpointFqdn + row.OdataId,
            ComponentEndpointType = row.ComponentEndpointType,
            RedfishSystemInfo = row.ComponentEndpointType == "ComponentEndpointComputerSystem" ? info : null,
            RedfishManagerInfo = row.ComponentEndpointType == "ComponentEndpointManager" ? info : null,
            RedfishChassisInfo = row.ComponentEndpointType == "ComponentEndpointChassis" ? info : null,
            RedfishPDUInfo = row.ComponentEndpointType == "ComponentEndpointPowerDistribution" ? info : null,
            RedfishOutletInfo = row.ComponentEndpointType == "ComponentEndpointOutlet" ? info : null,
        };
    }
}
