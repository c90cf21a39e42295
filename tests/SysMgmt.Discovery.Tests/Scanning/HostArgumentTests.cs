using SysMgmt.Discovery.Scanning;

namespace SysMgmt.Discovery.Tests.Scanning;

public sealed class HostArgumentTests
{
    [Theory]
    [InlineData("10.0.0.5", null, "10.0.0.5", null)]
    [InlineData("10.0.0.5:8443", null, "10.0.0.5", 8443)]
    [InlineData("https://10.0.0.5:8443", "https", "10.0.0.5", 8443)]
    [InlineData("HTTP://10.0.0.5/redfish/v1/", "http", "10.0.0.5", null)]
    [InlineData("https://10.0.0.5:443", "https", "10.0.0.5", 443)]
    [InlineData("::1", null, "::1", null)]
    [InlineData("[::1]:443", null, "::1", 443)]
    [InlineData("https://[FD00::0:1]", "https", "fd00::1", null)]
    [InlineData("BMC1.example", null, "bmc1.example", null)]
    [InlineData("https://bmc1.example:8443", "https", "bmc1.example", 8443)]
    public void TryParse_HostOrUrl_GivesSchemeHostAndPort(string text, string? scheme, string host, int? port)
    {
        Assert.True(HostArgument.TryParse(text, out var parsed, out var error), error);

        Assert.Equal(scheme, parsed.Scheme);
        Assert.Equal(host, parsed.Host);
        Assert.Equal(port, parsed.Port);
        Assert.Equal(char.IsAsciiLetter(host[0]) && !host.Contains(':', StringComparison.Ordinal), parsed.Address is null);
    }

    [Theory]
    [InlineData("ftp://10.0.0.5", "scheme must be https or http")]
    [InlineData("10.0.0.5:0", "port must be a number from 1 to 65535")]
    [InlineData("10.0.0.5:70000", "port must be a number from 1 to 65535")]
    [InlineData("https://10.0.0.5:https", "port must be")]
    [InlineData("[::1", "no matching ']'")]
    [InlineData("10.0.0.300", "out of range")]
    [InlineData("bmc_1!", "not a host name")]
    public void TryParse_Invalid_NamesTheValueAndTheReason(string text, string reason)
    {
        Assert.False(HostArgument.TryParse(text, out _, out var error));

        Assert.Contains(reason, error, StringComparison.Ordinal);
        Assert.Contains(text, error, StringComparison.Ordinal);
    }

    [Fact]
    public void TryParse_UrlWithCredentials_RefusesWithoutEchoingThem()
    {
        Assert.False(HostArgument.TryParse("https://root:s3cret@10.0.0.5", out _, out var error));

        Assert.Contains("credentials", error, StringComparison.Ordinal);
        Assert.DoesNotContain("s3cret", error, StringComparison.Ordinal);
    }
}
