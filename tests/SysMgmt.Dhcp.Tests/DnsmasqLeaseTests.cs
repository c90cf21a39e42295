using System.Net;
using SysMgmt.Dhcp.Leases;

namespace SysMgmt.Dhcp.Tests;

public sealed class DnsmasqLeaseTests
{
    [Fact]
    public void Parse_Ipv4Lines_ReadsMacAddressAndExpiry()
    {
        var leases = DnsmasqLease.Parse("1700000120 02:00:C0:00:02:05 192.0.2.105 nid0005 01:02:00:c0:00:02:05\n0 02:00:c0:00:02:06 192.0.2.106 * *\n");

        Assert.Equal(
            [new DnsmasqLease("02:00:c0:00:02:05", IPAddress.Parse("192.0.2.105"), DateTimeOffset.FromUnixTimeSeconds(1700000120)),
             new DnsmasqLease("02:00:c0:00:02:06", IPAddress.Parse("192.0.2.106"), null)],
            leases);
    }

    [Fact]
    public void Parse_Dhcpv6MalformedAndHalfWrittenLines_AreSkipped()
    {
        var leases = DnsmasqLease.Parse("duid 00:01:00:01\n1700000120 1234 2001:db8::5 * 00:01\nnot a lease\n1700000120 02:00:c0:00:02:05 192.0.2.1");

        Assert.Empty(leases);
    }
}
