using Microsoft.EntityFrameworkCore;
using SysMgmt.Core.Contracts;
using SysMgmt.Smd.Data;

namespace SysMgmt.Smd.EthernetInterfaces;

/// <summary>Reads interfaces. Lists are ordered by ID, so repeated reads are stable.</summary>
internal sealed class EthernetInterfaceQueryService(SmdDbContext db)
{
    public Task<List<EthernetInterface>> ListAsync(EthernetInterfaceFilter filter, CancellationToken cancellationToken) =>
        db.EthernetInterfaces.Matching(filter).OrderBy(e => e.Id).Select(EthernetInterfaceProjections.ToContract).ToListAsync(cancellationToken);

    public Task<EthernetInterface?> FindAsync(string id, CancellationToken cancellationToken) =>
        db.EthernetInterfaces.Where(e => e.Id == id).Select(EthernetInterfaceProjections.ToContract).FirstOrDefaultAsync(cancellationToken);

    /// <summary>The interface's IP addresses in order, or null when there is no such interface.</summary>
    public async Task<IReadOnlyList<EthernetInterfaceIpAddress>?> ListIpAddressesAsync(string id, CancellationToken cancellationToken) =>
        (await FindAsync(id, cancellationToken))?.IPAddresses;
}
