using SysMgmt.Dhcp.Following;
using SysMgmt.Inventory.V1;

namespace SysMgmt.Dhcp.Tests;

public sealed class NodeViewTests
{
    private readonly NodeView _view = new();

    public NodeViewTests() => _view.Replace(10, [Nodes.Create("x0c0s1b0n0", 1, "02:00:00:00:00:01", "192.0.2.10")]);

    [Fact]
    public void Apply_NewNode_AddsIt()
    {
        Assert.True(_view.Apply(new Change { Sequence = 11, Node = Nodes.Create("x0c0s2b0n0", 2, "02:00:00:00:00:02", "192.0.2.11") }));

        Assert.Equal(2, _view.Count);
        Assert.Equal(11UL, _view.Sequence);
    }

    [Fact]
    public void Apply_SameNodeAgain_NoChange() =>
        Assert.False(_view.Apply(new Change { Sequence = 11, Node = Nodes.Create("x0c0s1b0n0", 1, "02:00:00:00:00:01", "192.0.2.10") }));

    [Fact]
    public void Apply_MacMovedToAnotherNode_LeavesTheOldOne()
    {
        _view.Apply(new Change { Sequence = 11, Node = Nodes.Create("x0c0s2b0n0", 2, "02:00:00:00:00:01", "192.0.2.10") });

        Assert.Empty(_view.Nodes.Single(n => n.Xname == "x0c0s1b0n0").Interfaces);
        Assert.Single(_view.Nodes.Single(n => n.Xname == "x0c0s2b0n0").Interfaces);
    }

    [Fact]
    public void Apply_RemovedNodeOrMac_TakesItAway()
    {
        _view.Apply(new Change { Sequence = 11, Node = Nodes.Create("x0c0s2b0n0", 2, "02:00:00:00:00:02", "192.0.2.11") });

        Assert.True(_view.Apply(new Change { Sequence = 12, RemovedMac = "02:00:00:00:00:01" }));
        Assert.True(_view.Apply(new Change { Sequence = 13, RemovedNode = "x0c0s2b0n0" }));

        Assert.Empty(Assert.Single(_view.Nodes).Interfaces);
    }

    [Fact]
    public void Apply_ChangeWithoutNodeEffect_NoChangeButSequenceMoves()
    {
        Assert.False(_view.Apply(new Change { Sequence = 11, Kind = "Group", Operation = "Created", Id = "blue" }));
        Assert.Equal(11UL, _view.Sequence);
    }

    [Fact]
    public void Apply_NodeUpdatedWithoutAMac_ThenTheMacRemoved_NoOtherNodeLosesAnything()
    {
        _view.Apply(new Change { Sequence = 11, Node = Nodes.Create("x0c0s1b0n0", 1) });
        _view.Apply(new Change { Sequence = 12, Node = Nodes.Create("x0c0s2b0n0", 2, "02:00:00:00:00:01", "192.0.2.10") });

        Assert.False(_view.Apply(new Change { Sequence = 13, Node = Nodes.Create("x0c0s1b0n0", 1) }));
        Assert.True(_view.Apply(new Change { Sequence = 14, RemovedMac = "02:00:00:00:00:01" }));
        Assert.All(_view.Nodes, n => Assert.Empty(n.Interfaces));
        Assert.False(_view.Apply(new Change { Sequence = 15, RemovedMac = "02:00:00:00:00:01" }));
    }

    [Fact]
    public void Replace_SnapshotAfterChanges_ForgetsWhatWasThere()
    {
        _view.Apply(new Change { Sequence = 11, Node = Nodes.Create("x0c0s2b0n0", 2, "02:00:00:00:00:02", "192.0.2.11") });

        _view.Replace(20, [Nodes.Create("x0c0s3b0n0", 3, "02:00:00:00:00:01", "192.0.2.12")]);

        Assert.Equal("x0c0s3b0n0", Assert.Single(_view.Nodes).Xname);
        Assert.True(_view.Apply(new Change { Sequence = 21, RemovedMac = "02:00:00:00:00:01" }));
        Assert.Empty(Assert.Single(_view.Nodes).Interfaces);
    }
}
