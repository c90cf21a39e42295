using SysMgmt.Core.Xnames;

namespace SysMgmt.Core.Tests.Xnames;

public class NodeNumberingTests
{
    [Theory]
    [InlineData("x0c0s0b0n0", 16384L)]
    [InlineData("x1000c0s0b0n0", 16400384L)]
    [InlineData("x1000c0s0b0n1", 16400385L)]
    [InlineData("x3000c0s19b1n0", 49168996L)]
    [InlineData("x1c7s63b7n3", 49151L)]
    [InlineData("x9999c7s0b0n0", 163854336L)]
    [InlineData("X01C0S02B00N01", 32833L)]
    public void DefaultNid_Node_UsesBogusNidFormula(string node, long expected)
    {
        Assert.Equal(expected, NodeNumbering.DefaultNid(Xname.Parse(node)));
    }

    [Theory]
    [InlineData("x1000c0s0b0n0v3", 16400387L)]
    [InlineData("x1000c0s0b0n1v3", 16400387L)]
    [InlineData("x0c0s1b0n0v0", 16416L)]
    public void DefaultNid_VirtualNode_UsesVirtualIndexAsNodeNumber(string node, long expected)
    {
        Assert.Equal(expected, NodeNumbering.DefaultNid(Xname.Parse(node)));
    }

    [Theory]
    [InlineData("s0")]
    [InlineData("x1000")]
    [InlineData("x1000c0")]
    [InlineData("x1000c0s0")]
    [InlineData("x1000c0s0b0")]
    [InlineData("x1000c0s0b0n0p0")]
    [InlineData("x1000c0r1b0")]
    public void DefaultNid_NotANode_ReturnsNull(string xname)
    {
        Assert.Null(NodeNumbering.DefaultNid(Xname.Parse(xname)));
    }

    [Fact]
    public void DefaultNid_Default_ReturnsNull()
    {
        Assert.Null(NodeNumbering.DefaultNid(default));
    }
}
