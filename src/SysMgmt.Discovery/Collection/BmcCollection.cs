using SysMgmt.Core.Xnames;
using SysMgmt.Discovery.Bmcs;
using SysMgmt.Redfish.Inventory;

namespace SysMgmt.Discovery.Collection;

/// <summary>
/// What a walk of one BMC found, with what SMD needs decided: the BMC's xname, the account used, which manager
/// is the BMC itself (and its MAC), the reset types each System accepts, and the xnames of its nodes and chassis
/// (keyed by normalised Redfish path, see <see cref="SysMgmt.Core.Discovery.RedfishPaths"/>).
/// </summary>
public sealed record BmcCollection(
    BmcAddress Address,
    Xname Id,
    string Username,
    BmcInventory Inventory,
    ManagerInventory? OwnManager,
    string? OwnMac,
    IReadOnlyDictionary<string, IReadOnlyList<string>> ResetTypes,
    IReadOnlyDictionary<string, Xname> Nodes,
    IReadOnlyDictionary<string, Xname> Chassis)
{
    public int NicCount => Inventory.AllNics.Count(n => n.Mac is not null);
}
