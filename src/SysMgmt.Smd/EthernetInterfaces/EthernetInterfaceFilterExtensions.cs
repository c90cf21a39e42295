namespace SysMgmt.Smd.EthernetInterfaces;

internal static class EthernetInterfaceFilterExtensions
{
    /// <summary>
    /// Applies the filter. Each condition is added only when given, and a value list becomes a plain
    /// <c>= ANY(…)</c> or <c>EXISTS</c>: PostgreSQL then answers <c>MACAddress=</c> from the primary key and
    /// <c>IPAddress=</c> from the address index. The <c>OR</c> with a blank value is only added when a blank value
    /// is asked for, because it turns the lookup into a scan.
    /// </summary>
    public static IQueryable<EthernetInterfaceEntity> Matching(this IQueryable<EthernetInterfaceEntity> interfaces, EthernetInterfaceFilter filter)
    {
        if (filter.Ids.Count > 0)
        {
            var ids = filter.Ids.ToArray();
            interfaces = interfaces.Where(e => ids.Contains(e.Id));
        }

        if (filter.MacIds.Count > 0)
        {
            var macIds = filter.MacIds.ToArray();
            interfaces = interfaces.Where(e => macIds.Contains(e.Id));
        }

        var ips = filter.IpAddresses.Values.ToArray();
        interfaces = (ips.Length, filter.IpAddresses.MatchBlank) switch
        {
            (0, false) => interfaces,
            (0, true) => interfaces.Where(e => !e.IpAddresses.Any()),
            (_, false) => interfaces.Where(e => e.IpAddresses.Any(i => ips.Contains(i.IpAddress))),
            _ => interfaces.Where(e => e.IpAddresses.Any(i => ips.Contains(i.IpAddress)) || !e.IpAddresses.Any()),
        };

        var networks = filter.Networks.Values.ToArray();
        interfaces = (networks.Length, filter.Networks.MatchBlank) switch
        {
            (0, false) => interfaces,
            (0, true) => interfaces.Where(e => e.IpAddresses.Any(i => i.Network == null)),
            (_, false) => interfaces.Where(e => e.IpAddresses.Any(i => networks.Contains(i.Network!))),
            _ => interfaces.Where(e => e.IpAddresses.Any(i => i.Network == null || networks.Contains(i.Network))),
        };

        var owners = filter.ComponentIds.Values.ToArray();
        interfaces = (owners.Length, filter.ComponentIds.MatchBlank) switch
        {
            (0, false) => interfaces,
            (0, true) => interfaces.Where(e => e.ComponentId == null),
            (_, false) => interfaces.Where(e => owners.Contains(e.ComponentId!)),
            _ => interfaces.Where(e => e.ComponentId == null || owners.Contains(e.ComponentId)),
        };

        if (filter.Types.Count > 0)
        {
            var types = filter.Types.ToArray();
            interfaces = interfaces.Where(e => types.Contains(e.Type!));
        }

        if (filter.OlderThan is { } olderThan)
        {
            interfaces = interfaces.Where(e => e.LastUpdate < olderThan);
        }

        if (filter.NewerThan is { } newerThan)
        {
            interfaces = interfaces.Where(e => e.LastUpdate > newerThan);
        }

        return interfaces;
    }
}
