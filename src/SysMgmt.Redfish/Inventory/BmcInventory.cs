using SysMgmt.Redfish.Models;

namespace SysMgmt.Redfish.Inventory;

/// <summary>Everything a walk of one BMC found.</summary>
public sealed record BmcInventory(
    ServiceRoot ServiceRoot,
    IReadOnlyList<SystemInventory> Systems,
    IReadOnlyList<ManagerInventory> Managers,
    IReadOnlyList<ChassisInventory> Chassis,
    IReadOnlyList<SoftwareInventory> Firmware,
    IReadOnlyList<ServiceInventory> Services,
    IReadOnlyList<RedfishWalkProblem> Problems)
{
    /// <summary>Every NIC with a MAC, under Systems and Managers alike (vendors put them in either place).</summary>
    public IEnumerable<NicInventory> AllNics =>
        Systems.SelectMany(s => s.EthernetInterfaces).Concat(Managers.SelectMany(m => m.EthernetInterfaces));
}
