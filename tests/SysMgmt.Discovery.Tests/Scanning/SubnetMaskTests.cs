using SysMgmt.Discovery.Scanning;

namespace SysMgmt.Discovery.Tests.Scanning;

public sealed class SubnetMaskTests
{
    [Theory]
    [InlineData("255.255.255.0", 24)]
    [InlineData("255.255.240.0", 20)]
    [InlineData("255.255.255.255", 32)]
    [InlineData("0.0.0.0", 0)]
    [InlineData("/26", 26)]
    [InlineData("22", 22)]
    public void TryParsePrefixLength_ValidMask_GivesItsLength(string text, int expected)
    {
        Assert.True(SubnetMask.TryParsePrefixLength(text, out var prefixLength, out var error), error);

        Assert.Equal(expected, prefixLength);
    }

    [Theory]
    [InlineData("255.0.255.0", "not contiguous")]
    [InlineData("255.255.255.256", "neither")]
    [InlineData("/33", "0 to 32")]
    [InlineData("ffff::", "neither")]
    [InlineData("mask", "neither")]
    public void TryParsePrefixLength_Invalid_NamesTheValue(string text, string reason)
    {
        Assert.False(SubnetMask.TryParsePrefixLength(text, out _, out var error));

        Assert.Contains(reason, error, StringComparison.Ordinal);
        Assert.Contains(text, error, StringComparison.Ordinal);
    }
}
