namespace SysMgmt.Discovery.Firmware;

/// <summary>A step of one BMC's update, for a progress display: <c>Starting</c>, then the Task's states (<c>Running</c>…).</summary>
public sealed record FirmwareProgress(Uri Bmc, string Stage, int? PercentComplete);
