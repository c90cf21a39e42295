using SysMgmt.Redfish.Models;

namespace SysMgmt.Redfish.Inventory;

/// <summary>A Chassis with its power controls, power supplies and network adapters.</summary>
public sealed record ChassisInventory(
    Chassis Chassis,
    IReadOnlyList<PowerControl> PowerControl,
    IReadOnlyList<PowerSupply> PowerSupplies,
    IReadOnlyList<NetworkAdapter> NetworkAdapters);
