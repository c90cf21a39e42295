using SysMgmt.Discovery.Scanning;

namespace SysMgmt.Discovery.Tests.Scanning;

public sealed class ScanPlanTests
{
    [Fact]
    public void TryCreate_Slash24_CoversItsHostsExactlyWithoutNetworkAndBroadcast()
    {
        var urls = Expand(new ScanTargetOptions { Subnets = ["10.0.0.0/24"] });

        Assert.Equal(254, urls.Count);
        Assert.Equal("https://10.0.0.1:443", urls[0]);
        Assert.Equal("https://10.0.0.254:443", urls[^1]);
        Assert.All(urls, url => Assert.StartsWith("https://10.0.0.", url, StringComparison.Ordinal));
        Assert.DoesNotContain("https://10.0.0.0:443", urls);
        Assert.DoesNotContain("https://10.0.0.255:443", urls);
    }

    [Fact]
    public void TryCreate_BaseAddressInsideTheSubnet_ScansFromTheNetworkAddressAndNeverTheNextSubnet()
    {
        // magellan scanned 10.0.0.6 to 10.0.1.4 for this.
        var urls = Expand(new ScanTargetOptions { Subnets = ["10.0.0.5/24"] });

        Assert.Equal(Expand(new ScanTargetOptions { Subnets = ["10.0.0.0/24"] }), urls);
        Assert.Contains("https://10.0.0.1:443", urls);
        Assert.DoesNotContain(urls, url => url.StartsWith("https://10.0.1.", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("10.0.0.5", null, "10.0.0.1", "10.0.0.254", 254)]
    [InlineData("10.0.0.5", "255.255.255.252", "10.0.0.5", "10.0.0.6", 2)]
    [InlineData("10.0.0.5", "/28", "10.0.0.1", "10.0.0.14", 14)]
    public void TryCreate_BareAddress_TakesTheSubnetMask(string subnet, string? mask, string first, string last, int count)
    {
        var urls = Expand(new ScanTargetOptions { Subnets = [subnet], SubnetMask = mask ?? SubnetMask.Default });

        Assert.Equal(count, urls.Count);
        Assert.Equal($"https://{first}:443", urls[0]);
        Assert.Equal($"https://{last}:443", urls[^1]);
    }

    [Theory]
    [InlineData("192.168.7.8/30", "192.168.7.9", "192.168.7.10")]
    [InlineData("192.168.7.8/31", "192.168.7.8", "192.168.7.9")]
    [InlineData("192.168.7.9/32", "192.168.7.9")]
    public void TryCreate_SmallBlocks_FollowRfc3021(string subnet, params string[] hosts)
    {
        var urls = Expand(new ScanTargetOptions { Subnets = [subnet] });

        Assert.Equal(hosts.Select(h => $"https://{h}:443"), urls);
    }

    [Theory]
    [InlineData("10.0.0.9", "10.0.0.10,10.0.0.11,10.0.0.12,10.0.0.13,10.0.0.14")]
    [InlineData("10.0.0.10-10.0.0.12", "10.0.0.9,10.0.0.13,10.0.0.14")]
    [InlineData("10.0.0.12/30", "10.0.0.9,10.0.0.10,10.0.0.11")]
    [InlineData("10.0.0.0/8", "")]
    [InlineData("fd00::1", "10.0.0.9,10.0.0.10,10.0.0.11,10.0.0.12,10.0.0.13,10.0.0.14")]
    public void TryCreate_Exclusion_RemovesAddressesRangesAndBlocks(string exclusion, string remaining)
    {
        var urls = Expand(new ScanTargetOptions { Subnets = ["10.0.0.8/29"], Exclusions = [exclusion] });

        Assert.Equal(remaining.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(h => $"https://{h}:443"), urls);
    }

    [Fact]
    public void TryCreate_SeveralPorts_ScansEveryPortOnEveryHost()
    {
        var urls = Expand(new ScanTargetOptions { Subnets = ["10.0.0.4/30"], Ports = [443, 8443, 5000] });

        Assert.Equal(6, urls.Count);
        foreach (var host in new[] { "10.0.0.5", "10.0.0.6" })
        {
            Assert.Contains($"https://{host}:443", urls);
            Assert.Contains($"https://{host}:8443", urls);
            Assert.Contains($"https://{host}:5000", urls);
        }
    }

    [Fact]
    public void TryCreate_HostsAndUrls_UseTheirOwnPortAndSchemeOnly()
    {
        var urls = Expand(new ScanTargetOptions
        {
            Hosts = ["https://10.0.0.5:8443", "http://10.0.0.6", "10.0.0.7:623", "10.0.0.8", "bmc1.example"],
            Ports = [443, 5000],
            Scheme = "https",
        });

        string[] expected =
        [
            "https://10.0.0.5:8443",
            "http://10.0.0.6:443", "http://10.0.0.6:5000",
            "https://10.0.0.7:623",
            "https://10.0.0.8:443", "https://10.0.0.8:5000",
            "https://bmc1.example:443", "https://bmc1.example:5000",
        ];
        Assert.Equal(expected.Order(StringComparer.Ordinal), urls.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void TryCreate_OverlappingTargets_CollapseToOneEach()
    {
        var urls = Expand(new ScanTargetOptions
        {
            Subnets = ["10.0.0.0/29", "10.0.0.4/30", "10.0.0.3/29"],
            Hosts = ["10.0.0.5", "https://10.0.0.6:443", "10.0.0.0/30", "bmc.example", "BMC.example"],
        });

        Assert.Equal(urls.Distinct().Count(), urls.Count);
        Assert.Equal(
            ["https://10.0.0.1:443", "https://10.0.0.2:443", "https://10.0.0.3:443", "https://10.0.0.4:443", "https://10.0.0.5:443", "https://10.0.0.6:443", "https://bmc.example:443"],
            urls);
    }

    [Fact]
    public void TryCreate_IPv6HostsAndSmallPrefix_AreScannedInBrackets()
    {
        var urls = Expand(new ScanTargetOptions { Hosts = ["::1", "[::1]:8443"], Subnets = ["fd00::/126"] });

        Assert.Equal(["https://[::1]:443", "https://[fd00::1]:443", "https://[fd00::2]:443", "https://[fd00::3]:443", "https://[::1]:8443"], urls);
    }

    [Fact]
    public void TryCreate_Count_IsWhatEnumerationYields()
    {
        Assert.True(ScanPlan.TryCreate(
            new ScanTargetOptions { Subnets = ["10.0.0.0/22", "10.0.2.0/24"], Hosts = ["bmc.example", "fd00::1"], Ports = [443, 8443], Exclusions = ["10.0.1.0/24"] },
            out var plan, out var errors), string.Join("\n", errors));

        Assert.Equal((1022 - 256) * 2 + 4, plan.Count);
        Assert.Equal(plan.Count, plan.LongCount());
    }

    [Fact]
    public void TryCreate_HugeBlockWithAllowLarge_IsExpandedOnlyAsItIsRead()
    {
        Assert.True(ScanPlan.TryCreate(new ScanTargetOptions { Subnets = ["0.0.0.0/0"], AllowLarge = true }, out var plan, out _));

        Assert.Equal(uint.MaxValue - 1L, plan.Count);
        Assert.Equal(["https://0.0.0.1:443", "https://0.0.0.2:443"], plan.Take(2).Select(t => t.Url));
    }

    [Theory]
    [InlineData("10.0.0.0/15", false, "need --allow-large")]
    [InlineData("fd00::/111", false, "need --allow-large")]
    [InlineData("fd00::/95", true, "IPv6 prefixes must be /96 or longer")]
    public void TryCreate_LargeBlock_IsRefusedWithTheReason(string subnet, bool allowLarge, string reason)
    {
        Assert.False(ScanPlan.TryCreate(new ScanTargetOptions { Subnets = [subnet], AllowLarge = allowLarge }, out _, out var errors));

        Assert.Contains(errors, e => e.Contains(reason, StringComparison.Ordinal) && e.Contains(subnet.Split('/')[0], StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("10.0.0.0/8")]
    [InlineData("fd00::/100")]
    public void TryCreate_LargeBlockWithAllowLarge_IsAccepted(string subnet)
    {
        Assert.True(ScanPlan.TryCreate(new ScanTargetOptions { Subnets = [subnet], AllowLarge = true }, out _, out var errors), string.Join("\n", errors));
    }

    [Fact]
    public void TryCreate_ManyMistakes_ReportsEachNamingItsValue()
    {
        var ok = ScanPlan.TryCreate(
            new ScanTargetOptions
            {
                Subnets = ["10.0.0.0/33", "10.0.0.0/24"],
                Hosts = ["ftp://bmc"],
                Ports = [0, 443, 70000],
                SubnetMask = "255.0.255.0",
                Scheme = "gopher",
                Exclusions = ["10.0.0.9-10.0.0.1", "everything"],
            },
            out _,
            out var errors);

        Assert.False(ok);
        foreach (var value in new[] { "10.0.0.0/33", "ftp://bmc", "port 0", "port 70000", "255.0.255.0", "gopher", "10.0.0.9-10.0.0.1", "everything" })
        {
            Assert.Contains(errors, e => e.Contains(value, StringComparison.Ordinal));
        }
    }

    [Fact]
    public void TryCreate_NoTargets_SaysSo()
    {
        Assert.False(ScanPlan.TryCreate(new ScanTargetOptions(), out _, out var errors));

        Assert.Equal(["nothing to scan: name hosts, URLs or subnets"], errors);
    }

    private static List<string> Expand(ScanTargetOptions options)
    {
        Assert.True(ScanPlan.TryCreate(options, out var plan, out var errors), string.Join("\n", errors));
        return [.. plan.Select(t => t.Url)];
    }
}
