using SysMgmt.Redfish.Models;

namespace SysMgmt.Redfish.Inventory;

/// <summary>A ComputerSystem and what hangs below it.</summary>
public sealed record SystemInventory(
    ComputerSystem System,
    IReadOnlyList<NicInventory> EthernetInterfaces,
    IReadOnlyList<NetworkAdapter> NetworkAdapters,
    IReadOnlyList<Processor> Processors,
    IReadOnlyList<Memory> Memory,
    IReadOnlyList<Drive> Drives);
