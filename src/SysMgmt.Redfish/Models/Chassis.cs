namespace SysMgmt.Redfish.Models;

/// <summary>A Chassis: an enclosure, blade, rack-mount unit or FRU.</summary>
public sealed record Chassis : RedfishResource
{
    public string? ChassisType { get; init; }

    public string? Manufacturer { get; init; }

    public string? Model { get; init; }

    public string? SerialNumber { get; init; }

    public string? PartNumber { get; init; }

    public string? SKU { get; init; }

    public string? AssetTag { get; init; }

    public string? PowerState { get; init; }

    public ResourceStatus? Status { get; init; }

    public ODataLink? Power { get; init; }

    public ODataLink? Thermal { get; init; }

    public ODataLink? NetworkAdapters { get; init; }

    public ChassisLinks? Links { get; init; }

    public ChassisActions? Actions { get; init; }
}
