using SysMgmt.Discovery.Scanning;

namespace SysMgmt.Discovery.Tests.Scanning;

public sealed class SubnetTests
{
    [Theory]
    [InlineData("10.0.0.5/24", "10.0.0.0/24", "10.0.0.1-10.0.0.254")]
    [InlineData("10.0.0.0/24", "10.0.0.0/24", "10.0.0.1-10.0.0.254")]
    [InlineData("172.16.7.200/22", "172.16.4.0/22", "172.16.4.1-172.16.7.254")]
    [InlineData("192.168.1.6/30", "192.168.1.4/30", "192.168.1.5-192.168.1.6")]
    [InlineData("192.168.1.5/31", "192.168.1.4/31", "192.168.1.4-192.168.1.5")]
    [InlineData("192.168.1.5/32", "192.168.1.5/32", "192.168.1.5")]
    [InlineData("fd00::17/124", "fd00::10/124", "fd00::11-fd00::1f")]
    [InlineData("fd00::5/127", "fd00::4/127", "fd00::4-fd00::5")]
    [InlineData("::1/128", "::1/128", "::1")]
    public void TryParse_Block_ComputesTheNetworkAndItsHosts(string text, string network, string hosts)
    {
        Assert.True(Subnet.TryParse(text, 24, out var subnet, out var error), error);

        Assert.Equal(network, subnet.ToString());
        Assert.Equal(hosts, subnet.Hosts.ToString());
    }

    [Fact]
    public void TryParse_BareIPv4Address_TakesTheMaskPrefix()
    {
        Assert.True(Subnet.TryParse("10.1.2.3", 20, out var subnet, out _));

        Assert.Equal("10.1.0.0/20", subnet.ToString());
        Assert.Equal("10.1.0.0-10.1.15.255", subnet.Block.ToString());
    }

    [Theory]
    [InlineData("10.0.0.0/33", "prefix length must be a number from 0 to 32")]
    [InlineData("10.0.0.0/", "prefix length")]
    [InlineData("10.0.0.0/2x", "prefix length")]
    [InlineData("10.0.0.256/24", "out of range")]
    [InlineData("fd00::/129", "from 0 to 128")]
    [InlineData("fd00::5", "no prefix length")]
    [InlineData("bmc.example/24", "not a valid IP address")]
    public void TryParse_Invalid_SaysWhatIsWrongWithTheValue(string text, string reason)
    {
        Assert.False(Subnet.TryParse(text, 24, out _, out var error));

        Assert.Contains(reason, error, StringComparison.Ordinal);
        Assert.Contains(text, error, StringComparison.Ordinal);
    }
}
