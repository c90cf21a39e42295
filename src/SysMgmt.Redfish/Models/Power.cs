namespace SysMgmt.Redfish.Models;

/// <summary>The (deprecated but common) Power resource of a Chassis.</summary>
public sealed record Power : RedfishResource
{
    public IReadOnlyList<PowerControl>? PowerControl { get; init; }

    public IReadOnlyList<PowerSupply>? PowerSupplies { get; init; }
}
