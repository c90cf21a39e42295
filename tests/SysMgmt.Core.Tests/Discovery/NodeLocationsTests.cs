using SysMgmt.Core.Discovery;
using SysMgmt.Core.Xnames;

namespace SysMgmt.Core.Tests.Discovery;

public class NodeLocationsTests
{
    private static readonly Xname s_bmc = Xname.Parse("x1000c0s0b0");
    private static readonly Dictionary<string, string> s_none = [];

    [Theory]
    [InlineData("Node0,Node1")]
    [InlineData("Node1,Node0")]
    public void Assign_AnyOrder_NumbersInNaturalOrderOfIds(string ids)
    {
        var nodes = NodeLocations.Assign(s_bmc, Paths(ids.Split(',')), s_none);

        Assert.Equal("Node0=x1000c0s0b0n0,Node1=x1000c0s0b0n1", Describe(nodes));
    }

    [Fact]
    public void Assign_NumbersPastNine_FollowTheirValue()
    {
        var nodes = NodeLocations.Assign(s_bmc, Paths("10", "2", "1"), s_none);

        Assert.Equal("1=x1000c0s0b0n0,10=x1000c0s0b0n2,2=x1000c0s0b0n1", Describe(nodes));
    }

    [Fact]
    public void Assign_KnownPaths_KeepTheirNodesAndNewOnesTakeTheLowestFreeNumbers()
    {
        var known = new Dictionary<string, string> { [Systems("Node1")] = "x1000c0s0b0n1", [Systems("Gone")] = "x1000c0s0b0n3" };

        var nodes = NodeLocations.Assign(s_bmc, Paths("Node1", "Node5", "Node2"), known);

        Assert.Equal("Node1=x1000c0s0b0n1,Node2=x1000c0s0b0n0,Node5=x1000c0s0b0n2", Describe(nodes));
    }

    [Fact]
    public void Assign_SystemNamedAfterItsNode_IsThatNode()
    {
        var nodes = NodeLocations.Assign(s_bmc, Paths("x1000c0s0b0n3", "x1000c0s0b1n0", "Node0"), s_none);

        // x1000c0s0b1n0 is a node of another BMC: it is numbered like any other Id.
        Assert.Equal("Node0=x1000c0s0b0n0,x1000c0s0b0n3=x1000c0s0b0n3,x1000c0s0b1n0=x1000c0s0b0n1", Describe(nodes));
    }

    [Fact]
    public void Assign_PathListedTwiceAndInvalidKnownNode_CountOnceAndAreIgnored()
    {
        var known = new Dictionary<string, string> { [Systems("Node0")] = "not-an-xname" };

        var nodes = NodeLocations.Assign(s_bmc, Paths("Node0", "Node0"), known);

        Assert.Equal("Node0=x1000c0s0b0n0", Describe(nodes));
    }

    [Fact]
    public void Assign_NotANodeBmc_Throws()
    {
        var error = Assert.Throws<ArgumentException>(() => NodeLocations.Assign(Xname.Parse("x1000c0b0"), [Systems("1")], s_none));

        Assert.StartsWith("x1000c0b0 is not a NodeBMC", error.Message, StringComparison.Ordinal);
    }

    private static string Systems(string id) => $"/redfish/v1/Systems/{id}";

    private static IEnumerable<string> Paths(params string[] ids) => ids.Select(Systems);

    private static string Describe(IReadOnlyDictionary<string, Xname> nodes) =>
        string.Join(",", nodes.OrderBy(n => n.Key, StringComparer.Ordinal).Select(n => $"{RedfishPaths.LastSegment(n.Key)}={n.Value}"));
}
