using SysMgmt.Core.Contracts;

namespace SysMgmt.Bss.NodeIndex;

/// <summary>What one read of SMD returned: nodes, their component endpoints and their Ethernet interfaces.</summary>
/// <remarks><c>ComponentEndpoints</c>: Null when SMD refused them (no or a bad token); see <paramref name="Warning"/>.</remarks>
internal sealed record SmdInventory(
    IReadOnlyList<Component> Components,
    IReadOnlyList<ComponentEndpoint>? ComponentEndpoints,
    IReadOnlyList<EthernetInterface> EthernetInterfaces,
    string? Warning);
