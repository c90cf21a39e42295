using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using SysMgmt.Core.Contracts;
using SysMgmt.Smd.Data;
using SysMgmt.Smd.Querying;

namespace SysMgmt.Smd.ServiceEndpoints;

/// <summary>Reads and deletes the Redfish services recorded for endpoints.</summary>
internal sealed class ServiceEndpointService(SmdDbContext db)
{
    public async Task<List<ServiceEndpoint>> ListAsync(ValueCondition<string> endpoints, ValueCondition<string> services, CancellationToken cancellationToken)
    {
        var rows = await db.ServiceEndpoints
            .Matching(endpoints, se => se.RedfishEndpointId)
            .Matching(services, se => se.RedfishType)
            .Join(db.RedfishEndpoints, se => se.RedfishEndpointId, ep => ep.Id, (se, ep) => new { se, ep.Fqdn })
            .OrderBy(row => row.se.RedfishEndpointId).ThenBy(row => row.se.RedfishType)
            .ToListAsync(cancellationToken);
        return [.. rows.Select(row => new ServiceEndpoint
        {
            RedfishEndpointID = row.se.RedfishEndpointId,
            RedfishType = row.se.RedfishType,
            RedfishSubtype = row.se.RedfishSubtype.Length == 0 ? null : row.se.RedfishSubtype,
            UUID = row.se.Uuid,
            OdataID = row.se.OdataId,
            RedfishEndpointFQDN = row.Fqdn,
            RedfishURL = row.Fqdn + row.se.OdataId,
            ServiceInfo = row.se.ServiceInfo is null ? null : JsonDocument.Parse(row.se.ServiceInfo).RootElement.Clone(),
        })];
    }

    public Task<int> DeleteAsync(string service, string endpointId, CancellationToken cancellationToken) =>
        db.ServiceEndpoints.Where(se => se.RedfishType == service && se.RedfishEndpointId == endpointId).ExecuteDeleteAsync(cancellationToken);

    public Task<int> DeleteAllAsync(CancellationToken cancellationToken) => db.ServiceEndpoints.ExecuteDeleteAsync(cancellationToken);
}
