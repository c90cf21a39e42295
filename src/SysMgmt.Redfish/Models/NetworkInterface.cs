namespace SysMgmt.Redfish.Models;

/// <summary>A NetworkInterface of a System: the bridge to its NetworkAdapter.</summary>
public sealed record NetworkInterface : RedfishResource
{
    public ResourceStatus? Status { get; init; }

    public NetworkInterfaceLinks? Links { get; init; }

    public ODataLink? NetworkPorts { get; init; }

    public ODataLink? NetworkDeviceFunctions { get; init; }
}
