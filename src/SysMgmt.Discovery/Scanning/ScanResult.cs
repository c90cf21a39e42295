using SysMgmt.Redfish.Models;

namespace SysMgmt.Discovery.Scanning;

/// <summary>The outcome for one target; <see cref="Detail"/> says why when the target is not a BMC.</summary>
public sealed record ScanResult(ScanTarget Target, ScanStatus Status, string? Detail = null, ServiceRoot? ServiceRoot = null)
{
    /// <summary>A BMC (or, without probing, an open port): what the cache keeps and <c>collect</c> walks.</summary>
    public bool Found => Status is ScanStatus.Redfish or ScanStatus.Open;
}
