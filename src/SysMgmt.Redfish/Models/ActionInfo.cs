namespace SysMgmt.Redfish.Models;

/// <summary>An ActionInfo resource: the parameters an action takes (where <c>@Redfish.ActionInfo</c> points).</summary>
public sealed record ActionInfo : RedfishResource
{
    public IReadOnlyList<ActionParameter>? Parameters { get; init; }
}
