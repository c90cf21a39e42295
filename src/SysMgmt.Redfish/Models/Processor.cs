namespace SysMgmt.Redfish.Models;

/// <summary>A Processor of a System.</summary>
public sealed record Processor : RedfishResource
{
    public string? Socket { get; init; }

    public string? ProcessorType { get; init; }

    public string? ProcessorArchitecture { get; init; }

    public string? InstructionSet { get; init; }

    public string? Manufacturer { get; init; }

    public string? Model { get; init; }

    public int? MaxSpeedMHz { get; init; }

    public int? TotalCores { get; init; }

    public int? TotalThreads { get; init; }

    public ResourceStatus? Status { get; init; }
}
