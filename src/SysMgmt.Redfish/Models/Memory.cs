namespace SysMgmt.Redfish.Models;

/// <summary>A Memory device (DIMM) of a System.</summary>
public sealed record Memory : RedfishResource
{
    public string? MemoryDeviceType { get; init; }

    public string? MemoryType { get; init; }

    public long? CapacityMiB { get; init; }

    public int? OperatingSpeedMhz { get; init; }

    public string? Manufacturer { get; init; }

    public string? PartNumber { get; init; }

    public string? SerialNumber { get; init; }

    public string? DeviceLocator { get; init; }

    public ResourceStatus? Status { get; init; }
}
