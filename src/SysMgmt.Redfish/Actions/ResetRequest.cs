namespace SysMgmt.Redfish.Actions;

/// <summary>The body of <c>ComputerSystem.Reset</c>.</summary>
public sealed record ResetRequest(string ResetType);
