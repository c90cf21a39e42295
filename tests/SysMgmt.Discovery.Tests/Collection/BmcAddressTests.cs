using SysMgmt.Discovery.Collection;

namespace SysMgmt.Discovery.Tests.Collection;

public sealed class BmcAddressTests
{
    [Theory]
    [InlineData("10.254.1.23", "https://10.254.1.23", "10.254.1.23", "https://10.254.1.23:443")]
    [InlineData("https://10.254.1.23:443/redfish/v1/", "https://10.254.1.23", "10.254.1.23", "https://10.254.1.23:443")]
    [InlineData("127.1.2.3:8443", "https://127.1.2.3:8443", "127.1.2.3:8443", "https://127.1.2.3:8443")]
    [InlineData("http://bmc7.example", "http://bmc7.example", "bmc7.example:80", "http://bmc7.example:80")]
    [InlineData("[::1]:8443", "https://[::1]:8443", "[::1]:8443", "https://[::1]:8443")]
    [InlineData("[fd00::5]", "https://[fd00::5]", "fd00::5", "https://[fd00::5]:443")]
    public void TryParse_Forms_GiveBaseUriFqdnAndMagellanSecretId(string text, string baseUri, string fqdn, string secretId)
    {
        Assert.True(BmcAddress.TryParse(text, "https", out var address, out var error), error);

        Assert.Equal(baseUri, address.ToString());
        Assert.Equal(fqdn, address.Fqdn);
        Assert.Equal(secretId, address.SecretId);
    }

    [Theory]
    [InlineData("")]
    [InlineData("ftp://10.0.0.1")]
    [InlineData("https://root:pw@10.0.0.1")]
    [InlineData("10.0.0.1:99999")]
    public void TryParse_NotABmcAddress_SaysWhatIsExpected(string text)
    {
        Assert.False(BmcAddress.TryParse(text, "https", out _, out var error));

        Assert.Contains("is not a BMC address", error, StringComparison.Ordinal);
    }
}
