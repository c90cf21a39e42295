using SysMgmt.Core.Xnames;

namespace SysMgmt.Discovery.Power;

/// <summary>What one node answered: its power state and the reset types it accepts, or why the action failed.</summary>
public sealed record NodeResult(Xname Node, string? PowerState, IReadOnlyList<string>? ResetTypes, string? Error)
{
    public bool Succeeded => Error is null;
}
