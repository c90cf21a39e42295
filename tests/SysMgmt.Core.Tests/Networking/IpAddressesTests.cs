using SysMgmt.Core.Networking;

namespace SysMgmt.Core.Tests.Networking;

public class IpAddressesTests
{
    [Theory]
    [InlineData("10.254.1.12", "10.254.1.12")]
    [InlineData("0.0.0.0", "0.0.0.0")]
    [InlineData("255.255.255.255", "255.255.255.255")]
    [InlineData(" 192.168.0.1\t", "192.168.0.1")]
    [InlineData("::1", "::1")]
    [InlineData("::", "::")]
    [InlineData("FE80::0000:0000:0001", "fe80::1")]
    [InlineData("2001:0db8:0000:0000:0000:0000:0000:0001", "2001:db8::1")]
    [InlineData("2001:DB8:0:0:1:0:0:1", "2001:db8::1:0:0:1")]
    [InlineData("::ffff:192.0.2.1", "::ffff:192.0.2.1")]
    public void TryNormalize_ValidAddress_ReturnsCanonicalText(string input, string expected)
    {
        Assert.True(IpAddresses.TryNormalize(input, out var normalized, out var error), error);

        Assert.Equal(expected, normalized);
        Assert.Equal(string.Empty, error);
    }

    [Theory]
    [InlineData("1.2.3", "an IPv4 address has 4 dot-separated octets, found 3")]
    [InlineData("1", "an IPv4 address has 4 dot-separated octets, found 1")]
    [InlineData("1.2.3.4.5", "an IPv4 address has 4 dot-separated octets, found 5")]
    [InlineData("256.1.1.1", "octet 256 is out of range 0-255")]
    [InlineData("1.2.3.1000", "octet 1000 is out of range 0-255")]
    [InlineData("1.2..4", "an IPv4 octet is empty")]
    [InlineData("1.2.3.", "an IPv4 octet is empty")]
    [InlineData("010.1.1.1", "octet '010' has a leading zero")]
    [InlineData("node01.example.com", "it is neither a dotted-quad IPv4 address nor an IPv6 address (host names are not accepted)")]
    [InlineData("localhost", "it is neither a dotted-quad IPv4 address nor an IPv6 address (host names are not accepted)")]
    [InlineData("0x0A.1.1.1", "it is neither a dotted-quad IPv4 address nor an IPv6 address (host names are not accepted)")]
    [InlineData("-1.2.3.4", "it is neither a dotted-quad IPv4 address nor an IPv6 address (host names are not accepted)")]
    [InlineData("fe80::1%eth0", "an IPv6 zone index ('%…') is not accepted")]
    [InlineData("[::1]", "'[' is not valid in an IPv6 address")]
    [InlineData("[::1]:80", "'[' is not valid in an IPv6 address")]
    [InlineData("1:2:3:4:5:6:7:8:9", "it is not a well-formed IPv6 address")]
    [InlineData("2001:db8:::1", "it is not a well-formed IPv6 address")]
    [InlineData("12345::1", "it is not a well-formed IPv6 address")]
    [InlineData("10.0.0.1:8080", "it is not a well-formed IPv6 address")]
    public void TryNormalize_InvalidAddress_ReportsReason(string input, string reason)
    {
        Assert.False(IpAddresses.TryNormalize(input, out var normalized, out var error));

        Assert.Equal($"'{input}' is not a valid IP address: {reason}", error);
        Assert.Equal(string.Empty, normalized);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData(" ")]
    public void TryNormalize_Empty_ReportsEmpty(string? input)
    {
        Assert.False(IpAddresses.TryNormalize(input, out _, out var error));

        Assert.Equal("IP address is empty", error);
    }

    [Fact]
    public void Normalize_Invalid_ThrowsFormatExceptionWithSameMessage()
    {
        var exception = Assert.Throws<FormatException>(() => IpAddresses.Normalize("1.2.3"));

        Assert.Equal("'1.2.3' is not a valid IP address: an IPv4 address has 4 dot-separated octets, found 3", exception.Message);
    }
}
