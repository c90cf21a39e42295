using SysMgmt.Smd.RedfishEndpoints;

namespace SysMgmt.Smd.Tests.RedfishEndpoints;

/// <summary>How an endpoint's ID, Hostname, Domain, FQDN and IP follow from whatever subset a client sent.</summary>
public sealed class RedfishEndpointValidatorTests
{
    [Fact]
    public void Validate_IdAndIpFqdn_TakesTheIpAsHostnameAndAddress()
    {
        var endpoint = Valid(new RedfishEndpointInput { ID = "x3000c0s7b0", FQDN = "192.0.2.7" });

        Assert.Equal(("x3000c0s7b0", "192.0.2.7", "", "192.0.2.7", "192.0.2.7"),
            (endpoint.Id.Value, endpoint.Hostname, endpoint.Domain, endpoint.Fqdn, endpoint.IpAddress));
    }

    [Fact]
    public void Validate_OnlyAnFqdnNamedAfterTheXname_DerivesIdHostnameAndDomain()
    {
        var endpoint = Valid(new RedfishEndpointInput { FQDN = "X3000C0S7B0.mgmt.example." });

        Assert.Equal(("x3000c0s7b0", "x3000c0s7b0", "mgmt.example", "x3000c0s7b0.mgmt.example"),
            (endpoint.Id.Value, endpoint.Hostname, endpoint.Domain, endpoint.Fqdn));
    }

    [Theory]
    [InlineData("192.0.2.7:8443", "192.0.2.7:8443")]
    [InlineData("192.0.2.7:443", "192.0.2.7")]
    [InlineData("[2001:db8::7]:8443", "[2001:db8::7]:8443")]
    [InlineData("2001:db8::7", "2001:db8::7")]
    public void Validate_FqdnWithAPort_KeepsAnyPortBut443(string fqdn, string expected)
    {
        Assert.Equal(expected, Valid(new RedfishEndpointInput { ID = "x3000c0s7b0", FQDN = fqdn }).Fqdn);
    }

    [Theory]
    [InlineData("192.0.2.7:0", "has an invalid port")]
    [InlineData("192.0.2.7:65536", "has an invalid port")]
    [InlineData("[2001:db8::7", "has an invalid port")]
    public void Validate_BadPort_IsRefused(string fqdn, string message)
    {
        Assert.Contains(message, Error(new RedfishEndpointInput { ID = "x3000c0s7b0", FQDN = fqdn }), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null, null, null, "No xname ID found")]
    [InlineData("not-an-xname", null, null, "not-an-xname is not a valid locational xname ID")]
    [InlineData("x3000c0s7b0n0", null, null, "xname ID x3000c0s7b0n0 has wrong type for RF endpoint: Node")]
    [InlineData("x3000c0s7b0", "bmc.example", null, "Hostname is not a basename or IP address.")]
    [InlineData("x3000c0s7b0", "192.0.2.7", "192.0.2.8", "hostname IP address conflicts with given IP address: '192.0.2.7' != '192.0.2.8'")]
    [InlineData("x3000c0s7b0", null, "not-an-ip", "IPAddress is not a valid IP address: 'not-an-ip'")]
    public void Validate_Inconsistent_IsRefusedWithTheAnchorsMessage(string? id, string? hostname, string? ip, string message)
    {
        Assert.StartsWith(message, Error(new RedfishEndpointInput { ID = id, Hostname = hostname, IPAddress = ip }), StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_HostAndDomainThatDisagreeWithTheFqdn_AreRefused()
    {
        var error = Error(new RedfishEndpointInput { ID = "x3000c0s7b0", Hostname = "bmc7", Domain = "a.example", FQDN = "bmc7.b.example" });

        Assert.Equal("host/domain conflicts with FQDN: 'bmc7.a.example' != 'bmc7.b.example'", error);
    }

    [Theory]
    [InlineData("02-00-00-00-00-07", "02:00:00:00:00:07")]
    [InlineData("0200.0000.0007", "02:00:00:00:00:07")]
    public void Validate_MacInAnySpelling_IsNormalised(string mac, string expected)
    {
        Assert.Equal(expected, Valid(new RedfishEndpointInput { ID = "x3000c0s7b0", MACAddr = mac }).MacAddr);
    }

    [Fact]
    public void Validate_NotAMac_IsRefused()
    {
        Assert.StartsWith("MACAddr 'Not Available' is not a valid MAC address",
            Error(new RedfishEndpointInput { ID = "x3000c0s7b0", MACAddr = "Not Available" }), StringComparison.Ordinal);
    }

    private static ValidRedfishEndpoint Valid(RedfishEndpointInput input)
    {
        var endpoint = RedfishEndpointValidator.Validate(input, out var error);
        Assert.True(endpoint is not null, error);
        return endpoint;
    }

    private static string Error(RedfishEndpointInput input)
    {
        Assert.Null(RedfishEndpointValidator.Validate(input, out var error));
        return error;
    }
}
