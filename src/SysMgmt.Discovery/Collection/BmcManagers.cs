using SysMgmt.Core.Discovery;
using SysMgmt.Core.Networking;
using SysMgmt.Redfish.Inventory;

namespace SysMgmt.Discovery.Collection;

/// <summary>
/// Which manager is the BMC itself (an enclosure service lists several): the one with a NIC at the address the
/// agent reached, else the one of type BMC, else the first in natural order. SMD applies the same rule to the
/// managers it is sent. Its NIC at that address gives magellan's <c>MACAddr</c>.
/// </summary>
internal static class BmcManagers
{
    public static ManagerInventory? Own(IReadOnlyList<ManagerInventory> managers, string host)
    {
        var address = IpAddresses.TryNormalize(host, out var ip, out _) ? ip : host;
        return managers.FirstOrDefault(m => OwnNic(m, address) is not null)
            ?? managers.FirstOrDefault(m => string.Equals(m.Manager.ManagerType, "BMC", StringComparison.OrdinalIgnoreCase))
            ?? managers.OrderBy(m => m.Manager.ODataId ?? "", NaturalOrder.Instance).FirstOrDefault();
    }

    /// <summary>The manager's NIC whose IPv4 is <paramref name="host"/>, if it has a MAC.</summary>
    public static NicInventory? OwnNic(ManagerInventory manager, string host) =>
        manager.EthernetInterfaces.FirstOrDefault(n => n.Mac is not null
            && (n.Interface.IPv4Addresses ?? []).Concat(n.Interface.IPv4StaticAddresses ?? []).Any(a => a.Address == host));
}
