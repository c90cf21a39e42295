namespace SysMgmt.Redfish.Models;

/// <summary>A firmware or software component (FirmwareInventory or SoftwareInventory member).</summary>
public sealed record SoftwareInventory : RedfishResource
{
    public string? Version { get; init; }

    public bool? Updateable { get; init; }

    public string? SoftwareId { get; init; }

    public string? Manufacturer { get; init; }

    public string? ReleaseDate { get; init; }

    public ResourceStatus? Status { get; init; }
}
