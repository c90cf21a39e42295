using System.Net;
using SysMgmt.Dhcp.Leases;

namespace SysMgmt.Dhcp.Tests;

public sealed class LeaseToRecordTests
{
    private static readonly DateTimeOffset s_now = DateTimeOffset.FromUnixTimeSeconds(1_700_000_000);

    [Fact]
    public void Select_OnlyActiveLeasesOfKnownInterfacesWithoutIPv4()
    {
        var nodes = new[]
        {
            Nodes.Create("x0c0s1b0n0", 1, ("02:00:00:00:00:01", []), ("02:00:00:00:00:02", ["192.0.2.12"])),
            Nodes.Create("x0c0s2b0n0", 2, ("02:00:00:00:00:03", ["fd00::3"]), ("02:00:00:00:00:04", [])),
        };
        var leases = new[]
        {
            Lease("02:00:00:00:00:01", "192.0.2.101", s_now.AddMinutes(2)),   // known, no address: recorded
            Lease("02:00:00:00:00:02", "192.0.2.102", s_now.AddMinutes(2)),   // SMD has an address already
            Lease("02:00:00:00:00:03", "192.0.2.103", null),                  // an IPv6 address only: recorded
            Lease("02:00:00:00:00:04", "192.0.2.104", s_now.AddSeconds(-1)),  // expired
            Lease("02:00:00:00:00:ee", "192.0.2.105", s_now.AddMinutes(2)),   // SMD does not know it
        };

        var selected = LeaseToRecord.Select(nodes, leases, s_now);

        Assert.Equal(
            [new LeaseToRecord("x0c0s1b0n0", "02:00:00:00:00:01", IPAddress.Parse("192.0.2.101")),
             new LeaseToRecord("x0c0s2b0n0", "02:00:00:00:00:03", IPAddress.Parse("192.0.2.103"))],
            selected);
    }

    private static DnsmasqLease Lease(string mac, string address, DateTimeOffset? expires) => new(mac, IPAddress.Parse(address), expires);
}
