using SysMgmt.ServiceDefaults.Results;

namespace SysMgmt.Smd.Discovery;

/// <summary>Writes the Ethernet interfaces an ingestion found. (Filled in once the EthernetInterfaces store lands.)</summary>
internal sealed class DiscoveredInterfaceWriter
{
    public Task<Problem?> WriteAsync(IReadOnlyList<DiscoveredInterface> interfaces, bool reassignMacs, CancellationToken cancellationToken) =>
        Task.FromResult<Problem?>(null);
}
