namespace SysMgmt.Redfish.Models;

/// <summary>An EthernetInterface of a System or a Manager. <c>MACAddress</c> is as the BMC wrote it.</summary>
public sealed record EthernetInterface : RedfishResource
{
    public string? MACAddress { get; init; }

    public string? PermanentMACAddress { get; init; }

    public bool? InterfaceEnabled { get; init; }

    public string? LinkStatus { get; init; }

    public int? SpeedMbps { get; init; }

    public string? HostName { get; init; }

    public string? FQDN { get; init; }

    public IReadOnlyList<IPv4Address>? IPv4Addresses { get; init; }

    public IReadOnlyList<IPv4Address>? IPv4StaticAddresses { get; init; }

    public IReadOnlyList<IPv6Address>? IPv6Addresses { get; init; }

    public ResourceStatus? Status { get; init; }
}
