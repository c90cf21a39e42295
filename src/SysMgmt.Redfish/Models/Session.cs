namespace SysMgmt.Redfish.Models;

/// <summary>A Redfish session.</summary>
public sealed record Session : RedfishResource
{
    public string? UserName { get; init; }

    public string? CreatedTime { get; init; }
}
