using SysMgmt.Redfish.Models;

namespace SysMgmt.Redfish.Inventory;

/// <summary>One of the BMC's services under its Redfish type name (<c>UpdateService</c>, <c>EventService</c>…).</summary>
public sealed record ServiceInventory(string Type, RedfishResource Resource);
