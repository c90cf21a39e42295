using SysMgmt.Redfish.Models;

namespace SysMgmt.Discovery.Scanning;

/// <summary>The outcome for one target; <see cref="Detail"/> says why when the target is not a BMC.</summary>
public sealed record ScanResult(ScanTarget Target, ScanStatus Status, string? Detail = null, ServiceRoot? ServiceRoot = null)
{
    /// <summary>A BMC (or, without probing, an open port): what the cache keeps and <c>collect</c> walks.</summary>
    public bool Found => Status is ScanStatus.Redfish or ScanStatus.Open;

    /// <summary>
    /// The result says something about the target (it answered, refused, or stayed silent); an excluded target or a
    /// local error (no sockets left, a name that does not resolve) says nothing, and must not change what is known.
    /// </summary>
    public bool Observed => Status is not (ScanStatus.Excluded or ScanStatus.Error);
}
