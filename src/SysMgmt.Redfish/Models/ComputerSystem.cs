namespace SysMgmt.Redfish.Models;

/// <summary>A ComputerSystem (a node).</summary>
public sealed record ComputerSystem : RedfishResource
{
    public string? SystemType { get; init; }

    public string? Manufacturer { get; init; }

    public string? Model { get; init; }

    public string? SerialNumber { get; init; }

    public string? SKU { get; init; }

    public string? PartNumber { get; init; }

    public string? AssetTag { get; init; }

    public string? UUID { get; init; }

    public string? HostName { get; init; }

    public string? PowerState { get; init; }

    public string? BiosVersion { get; init; }

    public string? PowerRestorePolicy { get; init; }

    public string? PowerMode { get; init; }

    public ResourceStatus? Status { get; init; }

    public BootSettings? Boot { get; init; }

    public ProcessorSummary? ProcessorSummary { get; init; }

    public MemorySummary? MemorySummary { get; init; }

    public SerialConsole? SerialConsole { get; init; }

    public ODataLink? EthernetInterfaces { get; init; }

    public ODataLink? NetworkInterfaces { get; init; }

    public ODataLink? Processors { get; init; }

    public ODataLink? Memory { get; init; }

    public ODataLink? Storage { get; init; }

    public ODataLink? Bios { get; init; }

    public ComputerSystemLinks? Links { get; init; }

    public ComputerSystemActions? Actions { get; init; }
}
