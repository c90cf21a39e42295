using SysMgmt.ServiceDefaults.Data;
using Microsoft.EntityFrameworkCore;
using SysMgmt.Core.Contracts;
using SysMgmt.Core.Networking;
using SysMgmt.Core.Xnames;
using SysMgmt.ServiceDefaults.Results;
using SysMgmt.Smd.Data;
using SysMgmt.Smd.EthernetInterfaces;

namespace SysMgmt.Smd.Discovery;

/// <summary>
/// Writes the Ethernet interfaces an ingestion found, through the shared upsert (merging IPs, never stealing a
/// MAC). A MAC that another component owns fails the whole ingestion with a 409 naming it; with
/// <c>reassignMacs</c> (a PUT, magellan's <c>--force-update</c>) such MACs move to the component that reports them.
/// </summary>
internal sealed class DiscoveredInterfaceWriter(SmdDbContext db, EthernetInterfaceUpsertService upserts)
{
    public async Task<Problem?> WriteAsync(IReadOnlyList<DiscoveredInterface> interfaces, bool reassignMacs, CancellationToken cancellationToken)
    {
        var batch = interfaces.Select(i => new NewEthernetInterface(
            MacAddress.ToInterfaceId(i.Mac), i.Mac, i.Description, Xname.Parse(i.ComponentId),
            i.Ip is null ? [] : [new EthernetInterfaceIpAddress { IPAddress = i.Ip }])).ToList();
        if (reassignMacs && batch.Count > 0)
        {
            await MoveAsync(batch, cancellationToken);
        }

        var result = await upserts.UpsertAsync(batch, cancellationToken);
        return result.Succeeded
            ? null
            : Problem.Conflict("operation would conflict with an existing component ethernet interface that has the same MAC address: "
                + string.Join("; ", result.Conflicts.Select(c => c.ToString())));
    }

    /// <summary>Hands each MAC to the component now reporting it, before the upsert's ownership check.</summary>
    private Task MoveAsync(List<NewEthernetInterface> batch, CancellationToken cancellationToken)
    {
        var ordered = batch.OrderBy(i => i.Id, StringComparer.Ordinal).ToList();
        return db.Database.ExecuteSqlRawAsync(
            """
            UPDATE smd.ethernet_interfaces e SET component_id = u.owner, type = u.type
            FROM unnest(@ids, @owners, @types) AS u(id, owner, type)
            WHERE e.id = u.id AND e.component_id IS DISTINCT FROM u.owner
            """,
            UnnestParameters.For(ordered).Column("ids", i => i.Id).Column("owners", i => i.ComponentId!.Value.Value).Column("types", i => i.Type!).ToArray(),
            cancellationToken);
    }
}
