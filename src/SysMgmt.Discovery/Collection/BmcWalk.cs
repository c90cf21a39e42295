using SysMgmt.Redfish.Inventory;

namespace SysMgmt.Discovery.Collection;

/// <summary>A BMC's Redfish tree as walked, with the reset types each System accepts (by its path as the BMC wrote it).</summary>
public sealed record BmcWalk(BmcInventory Inventory, IReadOnlyDictionary<string, IReadOnlyList<string>> ResetTypes);
