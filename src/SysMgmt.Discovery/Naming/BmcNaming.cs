using SysMgmt.Core.Xnames;
using SysMgmt.Discovery.Bmcs;
using SysMgmt.Redfish.Inventory;

namespace SysMgmt.Discovery.Naming;

/// <summary>
/// Names a BMC: by the user's <see cref="BmcIdMap"/> when there is one (by address, then by the BMC's own MACs),
/// else by <see cref="GeneratedXnames"/>. An enclosure controller (no Systems, manager type EnclosureManager) is
/// a ChassisBMC, every other BMC a NodeBMC.
/// </summary>
public sealed class BmcNaming(BmcIdMap? map)
{
    public bool TryName(BmcAddress address, BmcInventory inventory, ManagerInventory? own, out Xname id, out string error)
    {
        var macs = own?.EthernetInterfaces.Select(n => n.Mac).OfType<string>() ?? [];
        if (map is not null)
        {
            error = map.TryFind(address.Host, macs, out id) ? "" : $"{address.Host} is not in the BMC ID map (by address or by its MACs {string.Join(", ", macs)})";
            return error.Length == 0;
        }

        var chassisController = inventory.Systems.Count == 0
            && string.Equals(own?.Manager.ManagerType, "EnclosureManager", StringComparison.OrdinalIgnoreCase);
        return GeneratedXnames.TryGenerate(address.Host, chassisController, out id, out error);
    }
}
