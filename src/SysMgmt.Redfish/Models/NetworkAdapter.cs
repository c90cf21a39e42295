namespace SysMgmt.Redfish.Models;

/// <summary>A NetworkAdapter (a NIC card) of a Chassis.</summary>
public sealed record NetworkAdapter : RedfishResource
{
    public string? Manufacturer { get; init; }

    public string? Model { get; init; }

    public string? SerialNumber { get; init; }

    public string? PartNumber { get; init; }

    public string? SKU { get; init; }

    public ResourceStatus? Status { get; init; }
}
