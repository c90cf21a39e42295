using SysMgmt.Dhcp.Hosts;

namespace SysMgmt.Dhcp.Tests;

public sealed class HostnameRuleTests
{
    [Theory]
    [InlineData(1L, "nid0001")]
    [InlineData(42L, "nid0042")]
    [InlineData(9999L, "nid9999")]
    [InlineData(12345L, "nid12345")]
    public void For_NodeWithNid_IsNidOnFourDigitsAtLeast(long nid, string expected) =>
        Assert.Equal(expected, HostnameRule.For(Nodes.Create("x3000c0s1b0n0", nid, [])));

    [Theory]
    [InlineData(null)]
    [InlineData(0L)]
    [InlineData(-3L)]
    public void For_NodeWithoutPositiveNid_IsItsXnameInLowerCase(long? nid) =>
        Assert.Equal("x3000c0s1b0n0", HostnameRule.For(Nodes.Create("X3000c0s1B0n0", nid, [])));
}
