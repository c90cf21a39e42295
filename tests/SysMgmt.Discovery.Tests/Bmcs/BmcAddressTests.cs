using SysMgmt.Discovery.Bmcs;

namespace SysMgmt.Discovery.Tests.Bmcs;

public sealed class BmcAddressTests
{
    [Theory]
    [InlineData("10.1.0.2", "https://10.1.0.2:443", "10.1.0.2")]
    [InlineData(" 10.1.0.2:8443 ", "https://10.1.0.2:8443", "10.1.0.2:8443")]
    [InlineData("https://10.1.0.2", "https://10.1.0.2:443", "10.1.0.2")]
    [InlineData("https://10.1.0.2/", "https://10.1.0.2:443", "10.1.0.2")]
    [InlineData("http://bmc1.example", "http://bmc1.example:80", "bmc1.example:80")]
    [InlineData("BMC1:443", "https://bmc1:443", "bmc1")]
    [InlineData("fd00::2", "https://[fd00::2]:443", "fd00::2")]
    [InlineData("[fd00::2]:8443", "https://[fd00::2]:8443", "[fd00::2]:8443")]
    public void TryParse_WhatSysadminsType_GivesTheBaseUrlWithSchemeAndPortAndTheFqdnForSmd(string text, string expected, string fqdn)
    {
        Assert.True(BmcAddress.TryParse(text, out var bmc, out var error), error);

        Assert.Equal(expected, bmc.ToString());
        Assert.Equal(fqdn, bmc.Fqdn);
    }

    [Fact]
    public void TryParse_DefaultScheme_AppliesToBareHostsOnly()
    {
        Assert.True(BmcAddress.TryParse("10.1.0.2:8080", "http", out var bare, out _));
        Assert.True(BmcAddress.TryParse("https://10.1.0.2", "http", out var url, out _));

        Assert.Equal(("http://10.1.0.2:8080", "https://10.1.0.2:443"), (bare.ToString(), url.ToString()));
    }

    [Theory]
    [InlineData("", "empty")]
    [InlineData("ftp://10.1.0.2", "not ftp")]
    [InlineData("https://10.1.0.2/redfish/v1", "without a path")]
    [InlineData("https://root:pw@10.1.0.2", "without a path, query or credentials")]
    [InlineData("10.1.0.2:99999", "not a BMC address")]
    [InlineData("--no-such-flag", "an unknown option?")]
    public void TryParse_NotABmc_SaysWhy(string text, string reason)
    {
        Assert.False(BmcAddress.TryParse(text, out _, out var error));
        Assert.Contains(reason, error, StringComparison.Ordinal);
    }

    [Fact]
    public void Display_DefaultPort_IsWrittenOut()
    {
        Assert.Equal("https://10.1.0.2:443", BmcAddress.Display(new Uri("https://10.1.0.2")));
    }
}
