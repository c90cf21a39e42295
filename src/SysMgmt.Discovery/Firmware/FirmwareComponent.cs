namespace SysMgmt.Discovery.Firmware;

/// <summary>A member of the BMC's FirmwareInventory.</summary>
public sealed record FirmwareComponent(string Id, string? Name, string? Version, bool? Updateable);
