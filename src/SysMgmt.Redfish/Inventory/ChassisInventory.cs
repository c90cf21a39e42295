using SysMgmt.Redfish.Models;

namespace SysMgmt.Redfish.Inventory;

/// <summary>A Chassis with its power controls and network adapters.</summary>
public sealed record ChassisInventory(Chassis Chassis, IReadOnlyList<PowerControl> PowerControl, IReadOnlyList<NetworkAdapter> NetworkAdapters);
