using System.Linq.Expressions;
using SysMgmt.Core.Contracts;

namespace SysMgmt.Smd.EthernetInterfaces;

internal static class EthernetInterfaceProjections
{
    /// <summary>The wire form: owner fields as empty strings when unknown, IP addresses in the client's order.</summary>
    public static readonly Expression<Func<EthernetInterfaceEntity, EthernetInterface>> ToContract = e => new EthernetInterface
    {
        ID = e.Id,
        Description = e.Description,
        MACAddress = e.MacAddress,
        LastUpdate = e.LastUpdate,
        ComponentID = e.ComponentId ?? "",
        Type = e.Type ?? "",
        IPAddresses = e.IpAddresses
            .OrderBy(i => i.Ordinal)
            .Select(i => new EthernetInterfaceIpAddress { IPAddress = i.IpAddress, Network = i.Network })
            .ToList(),
    };
}
