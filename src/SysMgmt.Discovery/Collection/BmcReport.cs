using SysMgmt.Discovery.Bmcs;
using SysMgmt.Discovery.Smd;

namespace SysMgmt.Discovery.Collection;

/// <summary>
/// How one BMC went: what was found, what SMD did with it, or where and why it failed; and where its time went
/// (the Redfish walk, and the send to SMD including the wait for a free send slot).
/// </summary>
public sealed record BmcReport(BmcAddress Address, BmcCollection? Collection, SendResult? Send, string? OutputFile, BmcFailure? Failure, TimeSpan Duration)
{
    public bool IsSuccess => Failure is null;

    public TimeSpan? WalkTime { get; init; }

    public TimeSpan? SendTime { get; init; }

    public static BmcReport Failed(BmcAddress address, BmcFailureStage stage, string reason, TimeSpan duration, BmcCollection? collection = null) =>
        new(address, collection, null, null, new BmcFailure(stage, reason), duration);
}
