using System.Net;
using SysMgmt.Dhcp.Hosts;

namespace SysMgmt.Dhcp.Tests;

public sealed class DhcpHostSetTests
{
    [Fact]
    public void From_Nodes_OneHostPerInterfaceInMacOrderWithTheFirstIPv4()
    {
        var set = DhcpHostSet.From([
            Nodes.Create("x0c0s2b0n0", 2, ("02:00:00:00:00:20", ["fd00::20", "192.0.2.20", "192.0.2.21"]), ("02:00:00:00:00:02", [])),
            Nodes.Create("x0c0s1b0n0", 1, "02:00:00:00:00:10", "192.0.2.10"),
        ]);

        Assert.Empty(set.Problems);
        Assert.Equal(
            [
                new DhcpHost("02:00:00:00:00:02", null, "nid0002", "x0c0s2b0n0"),
                new DhcpHost("02:00:00:00:00:10", IPAddress.Parse("192.0.2.10"), "nid0001", "x0c0s1b0n0"),
                new DhcpHost("02:00:00:00:00:20", IPAddress.Parse("192.0.2.20"), "nid0002", "x0c0s2b0n0"),
            ],
            set.Hosts);
    }

    [Fact]
    public void From_TwoMacsWithOneAddress_TheSecondGetsAPoolAddressAndAProblem()
    {
        var set = DhcpHostSet.From([
            Nodes.Create("x0c0s1b0n0", 1, "02:00:00:00:00:01", "192.0.2.10"),
            Nodes.Create("x0c0s2b0n0", 2, "02:00:00:00:00:02", "192.0.2.10"),
        ]);

        Assert.Equal(IPAddress.Parse("192.0.2.10"), set.Hosts[0].Address);
        Assert.Null(set.Hosts[1].Address);
        Assert.Equal("nid0002", set.Hosts[1].Hostname);
        Assert.Contains("192.0.2.10 (MAC 02:00:00:00:00:02) is already x0c0s1b0n0's", Assert.Single(set.Problems), StringComparison.Ordinal);
    }

    [Fact]
    public void From_InvalidOrRepeatedMac_LeftOutWithAProblem()
    {
        var set = DhcpHostSet.From([
            Nodes.Create("x0c0s1b0n0", 1, "02:00:00:00:00:01", "192.0.2.10"),
            Nodes.Create("x0c0s2b0n0", 2, ("02-00-00-00-00-01", ["192.0.2.11"]), ("not,a-mac\n", ["192.0.2.12"])),
        ]);

        Assert.Equal("02:00:00:00:00:01", Assert.Single(set.Hosts).Mac);
        Assert.Equal(2, set.Problems.Count);
        Assert.Contains(set.Problems, p => p.Contains("already x0c0s1b0n0's", StringComparison.Ordinal));
        Assert.Contains(set.Problems, p => p.Contains("not a valid MAC address", StringComparison.Ordinal));
    }
}
