namespace SysMgmt.Smd.EthernetInterfaces;

/// <summary>A row of <c>smd.ethernet_interfaces</c>: one MAC address, keyed by its 12 hex digits.</summary>
public sealed class EthernetInterfaceEntity
{
    public required string Id { get; set; }
    public required string MacAddress { get; set; }
    public string Description { get; set; } = "";
    public string? ComponentId { get; set; }
    public string? Type { get; set; }
    public DateTimeOffset LastUpdate { get; set; }
    public List<EthernetInterfaceIpEntity> IpAddresses { get; set; } = [];
}
