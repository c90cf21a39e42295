namespace SysMgmt.Redfish.Inventory;

/// <summary>A resource the walk skipped, and why; the rest of the inventory is still good.</summary>
public sealed record RedfishWalkProblem(string Resource, RedfishErrorKind Kind, string Message);
