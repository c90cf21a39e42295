namespace SysMgmt.Redfish.Models;

/// <summary>A Manager (a BMC, or an enclosure manager).</summary>
public sealed record Manager : RedfishResource
{
    public string? ManagerType { get; init; }

    public string? Model { get; init; }

    public string? Manufacturer { get; init; }

    public string? FirmwareVersion { get; init; }

    public string? UUID { get; init; }

    public string? ServiceEntryPointUUID { get; init; }

    public string? PowerState { get; init; }

    public ResourceStatus? Status { get; init; }

    public SerialConsole? SerialConsole { get; init; }

    public CommandShell? CommandShell { get; init; }

    public CommandShell? GraphicalConsole { get; init; }

    public ODataLink? EthernetInterfaces { get; init; }

    public ODataLink? NetworkProtocol { get; init; }

    public ManagerLinks? Links { get; init; }

    public ManagerActions? Actions { get; init; }
}
