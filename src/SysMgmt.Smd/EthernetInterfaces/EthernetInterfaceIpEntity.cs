namespace SysMgmt.Smd.EthernetInterfaces;

/// <summary>A row of <c>smd.ethernet_interface_ips</c>: one IP address of an interface, in the client's order.</summary>
public sealed class EthernetInterfaceIpEntity
{
    public required string InterfaceId { get; set; }
    public required string IpAddress { get; set; }
    public string? Network { get; set; }
    public int Ordinal { get; set; }
}
