namespace SysMgmt.Discovery.Firmware;

/// <summary>An update a BMC accepted: how, the Task that runs it, and the Task's last known state.</summary>
public sealed record FirmwareUpdateResult(FirmwareUpdateMethod Method, string? TaskUri, string TaskState, int? PercentComplete);
