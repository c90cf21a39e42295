using SysMgmt.Redfish;

namespace SysMgmt.Discovery.Bmcs;

/// <summary>What one BMC of a batch gave: a result, or why it failed. A failure never stops the other BMCs.</summary>
public sealed record BmcOutcome<T>(Uri Bmc, T? Result, string? Error, RedfishErrorKind? ErrorKind)
    where T : class
{
    public bool Succeeded => Error is null;

    public static BmcOutcome<T> Success(Uri bmc, T result) => new(bmc, result, null, null);

    public static BmcOutcome<T> Failure(Uri bmc, string error, RedfishErrorKind? kind = null) => new(bmc, null, error, kind);
}
