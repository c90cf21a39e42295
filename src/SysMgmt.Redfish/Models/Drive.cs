namespace SysMgmt.Redfish.Models;

/// <summary>A Drive of a Storage subsystem.</summary>
public sealed record Drive : RedfishResource
{
    public string? Manufacturer { get; init; }

    public string? Model { get; init; }

    public string? SerialNumber { get; init; }

    public long? CapacityBytes { get; init; }

    public string? MediaType { get; init; }

    public string? Protocol { get; init; }

    public ResourceStatus? Status { get; init; }
}
