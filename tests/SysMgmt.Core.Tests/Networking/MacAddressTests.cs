using SysMgmt.Core.Networking;

namespace SysMgmt.Core.Tests.Networking;

public class MacAddressTests
{
    [Theory]
    [InlineData("aa:bb:cc:dd:ee:ff", "aa:bb:cc:dd:ee:ff")]
    [InlineData("AA:BB:CC:DD:EE:FF", "aa:bb:cc:dd:ee:ff")]
    [InlineData("a4:BF:01:3e:Cc:50", "a4:bf:01:3e:cc:50")]
    [InlineData("a4-bf-01-3e-cc-50", "a4:bf:01:3e:cc:50")]
    [InlineData("A4-BF-01-3E-CC-50", "a4:bf:01:3e:cc:50")]
    [InlineData("a4bf.013e.cc50", "a4:bf:01:3e:cc:50")]
    [InlineData("A4BF.013E.CC50", "a4:bf:01:3e:cc:50")]
    [InlineData("a4bf013ecc50", "a4:bf:01:3e:cc:50")]
    [InlineData("A4BF013ECC50", "a4:bf:01:3e:cc:50")]
    [InlineData("  a4:bf:01:3e:cc:50\t", "a4:bf:01:3e:cc:50")]
    [InlineData("\na4bf013ecc50 ", "a4:bf:01:3e:cc:50")]
    [InlineData("00:00:00:00:00:00", "00:00:00:00:00:00")]
    public void TryNormalize_AcceptedForm_ReturnsLowerColonForm(string input, string expected)
    {
        Assert.True(MacAddress.TryNormalize(input, out var normalized, out var error), error);

        Assert.Equal(expected, normalized);
        Assert.Equal(string.Empty, error);
    }

    [Theory]
    [InlineData("Not Available", "the device reported no MAC address")]
    [InlineData("not available", "the device reported no MAC address")]
    [InlineData(" NOT AVAILABLE ", "the device reported no MAC address")]
    [InlineData("aa:bb:cc:dd:ee", "it has 10 hexadecimal digits, a MAC address has 12")]
    [InlineData("aa:bb:cc:dd:ee:ff:00", "it has 14 hexadecimal digits, a MAC address has 12")]
    [InlineData("aabbccddeef", "it has 11 hexadecimal digits, a MAC address has 12")]
    [InlineData("aabbccddeeff0", "it has 13 hexadecimal digits, a MAC address has 12")]
    [InlineData("aa:bb:cc:dd:ee:fg", "'g' is not a hexadecimal digit")]
    [InlineData("zz:bb:cc:dd:ee:ff", "'z' is not a hexadecimal digit")]
    [InlineData("aa bb cc dd ee ff", "' ' is not a hexadecimal digit")]
    [InlineData("aa:bb-cc:dd:ee:ff", "it mixes ':' and '-' separators")]
    [InlineData("aabb.ccdd:eeff", "it mixes '.' and ':' separators")]
    [InlineData("a:b:c:d:e:f:a:b:c:d:e:f", "the ':'-separated form is six groups of 2 hexadecimal digits")]
    [InlineData("aabb:ccdd:eeff", "the ':'-separated form is six groups of 2 hexadecimal digits")]
    [InlineData("aa:bb:cc:dd:eeff", "the ':'-separated form is six groups of 2 hexadecimal digits")]
    [InlineData("aa:bb:cc:dd:ee:ff:", "the ':'-separated form is six groups of 2 hexadecimal digits")]
    [InlineData("aabbcc-ddeeff", "the '-'-separated form is six groups of 2 hexadecimal digits")]
    [InlineData("aa.bb.cc.dd.ee.ff", "the dotted form is three groups of 4 hexadecimal digits (aabb.ccdd.eeff)")]
    [InlineData("a:b:c:d:e:f", "it has 6 hexadecimal digits, a MAC address has 12")]
    public void TryNormalize_InvalidMac_ReportsReason(string input, string reason)
    {
        Assert.False(MacAddress.TryNormalize(input, out var normalized, out var error));

        Assert.Equal($"'{input}' is not a valid MAC address: {reason}", error);
        Assert.Equal(string.Empty, normalized);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void TryNormalize_Empty_ReportsEmpty(string? input)
    {
        Assert.False(MacAddress.TryNormalize(input, out _, out var error));

        Assert.Equal("MAC address is empty", error);
    }

    [Fact]
    public void Normalize_Invalid_ThrowsFormatExceptionWithSameMessage()
    {
        var exception = Assert.Throws<FormatException>(() => MacAddress.Normalize("Not Available"));

        Assert.Equal("'Not Available' is not a valid MAC address: the device reported no MAC address", exception.Message);
    }

    [Fact]
    public void Normalize_Valid_ReturnsColonForm()
    {
        Assert.Equal("a4:bf:01:3e:cc:50", MacAddress.Normalize("A4BF.013E.CC50"));
    }

    [Theory]
    [InlineData("a4:bf:01:3e:cc:50", "a4bf013ecc50")]
    [InlineData("A4-BF-01-3E-CC-50", "a4bf013ecc50")]
    [InlineData("a4bf.013e.cc50", "a4bf013ecc50")]
    public void ToInterfaceId_Mac_ReturnsBareLowerHex(string mac, string expected)
    {
        Assert.Equal(expected, MacAddress.ToInterfaceId(mac));
    }

    [Fact]
    public void ToInterfaceId_InvalidMac_Throws()
    {
        Assert.Throws<FormatException>(() => MacAddress.ToInterfaceId("aa:bb"));
    }
}
