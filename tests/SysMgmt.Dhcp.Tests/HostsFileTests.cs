using System.Net;
using SysMgmt.Dhcp.Config;
using SysMgmt.Dhcp.Hosts;

namespace SysMgmt.Dhcp.Tests;

public sealed class HostsFileTests
{
    [Fact]
    public void Render_Hosts_DnsmasqLinesWithAddressWhenThereIsOne()
    {
        var text = HostsFile.Render(
            [
                new DhcpHost("02:00:00:00:00:01", IPAddress.Parse("192.0.2.10"), "nid0001", "x0c0s1b0n0"),
                new DhcpHost("02:00:00:00:00:02", null, "x0c0s2b0n0", "x0c0s2b0n0"),
            ],
            new LeaseTime(720));

        Assert.Equal(
            HostsFile.Header + "\n" +
            "02:00:00:00:00:01,192.0.2.10,nid0001,720m\n" +
            "02:00:00:00:00:02,x0c0s2b0n0,720m\n",
            text);
    }

    [Theory]
    [InlineData("2m", 2)]
    [InlineData("90m", 90)]
    [InlineData("12h", 720)]
    [InlineData("7d", 10080)]
    public void LeaseTime_ValidText_ParsesToMinutes(string text, int minutes)
    {
        Assert.True(LeaseTime.TryParse(text, out var lease, out _));
        Assert.Equal(minutes, lease.Minutes);
        Assert.Equal($"{minutes}m", lease.ToString());
    }

    [Theory]
    [InlineData("1m", "at least 2 minutes")]
    [InlineData("30s", "not a lease time")]
    [InlineData("12", "not a lease time")]
    [InlineData("", "not a lease time")]
    [InlineData("99999999d", "out of range")]
    public void LeaseTime_InvalidText_SaysWhy(string text, string reason)
    {
        Assert.False(LeaseTime.TryParse(text, out _, out var error));
        Assert.Contains(reason, error, StringComparison.Ordinal);
    }
}
