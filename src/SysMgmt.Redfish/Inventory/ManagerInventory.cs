using SysMgmt.Redfish.Models;

namespace SysMgmt.Redfish.Inventory;

/// <summary>A Manager and its network interfaces (where some BMCs put the node's NICs too).</summary>
public sealed record ManagerInventory(Manager Manager, IReadOnlyList<NicInventory> EthernetInterfaces);
