using System.Linq.Expressions;
using SysMgmt.Core.Contracts;
using SysMgmt.Smd.Querying;

namespace SysMgmt.Smd.RedfishEndpoints;

internal static class RedfishEndpointProjections
{
    /// <summary>Entity → wire, inside the SQL query. The password is not even read.</summary>
    public static readonly Expression<Func<RedfishEndpointEntity, RedfishEndpoint>> ToContract = e => new RedfishEndpoint
    {
        ID = e.Id,
        Type = e.Type,
        Name = e.Name == "" ? null : e.Name,
        Hostname = e.Hostname,
        Domain = e.Domain,
        FQDN = e.Fqdn,
        Enabled = e.Enabled,
        UUID = e.Uuid == "" ? null : e.Uuid,
        User = e.Username,
        UseSSDP = e.UseSsdp,
        MACRequired = e.MacRequired,
        MACAddr = e.MacAddr == "" ? null : e.MacAddr,
        IPAddress = e.IpAddress == "" ? null : e.IpAddress,
        RediscoverOnUpdate = e.RediscoverOnUpdate,
        TemplateID = e.TemplateId == "" ? null : e.TemplateId,
        DiscoveryInfo = new DiscoveryInfo
        {
            LastDiscoveryAttempt = e.LastDiscoveryAttempt,
            LastDiscoveryStatus = e.LastDiscoveryStatus,
            RedfishVersion = e.RedfishVersion == "" ? null : e.RedfishVersion,
        },
    };

    public static IQueryable<RedfishEndpointEntity> Matching(this IQueryable<RedfishEndpointEntity> endpoints, RedfishEndpointFilter filter) =>
        endpoints
            .Matching(filter.Ids, e => e.Id)
            .Matching(filter.Fqdns, e => e.Fqdn)
            .Matching(filter.Types, e => e.Type)
            .Matching(filter.Uuids, e => e.Uuid)
            .Matching(filter.MacAddrs, e => e.MacAddr)
            .Matching(filter.IpAddresses, e => e.IpAddress)
            .Matching(filter.LastStatuses, e => e.LastDiscoveryStatus);
}
