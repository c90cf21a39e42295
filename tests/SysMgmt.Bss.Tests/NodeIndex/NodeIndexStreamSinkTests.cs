using SysMgmt.Bss.NodeIndex;
using SysMgmt.Inventory.V1;

namespace SysMgmt.Bss.Tests.NodeIndex;

/// <summary>Changes from SMD's inventory stream, applied to the node index one node at a time.</summary>
public sealed class NodeIndexStreamSinkTests
{
    private static readonly DateTimeOffset s_now = DateTimeOffset.FromUnixTimeSeconds(1_700_000_000);

    private static Node StreamNode(string xname, long nid, string[] macs, string ip = "", string fqdn = "")
    {
        var node = new Node { Xname = xname, Nid = nid, Role = "Compute", Enabled = true, State = "Ready", Flag = "OK", Arch = "X86", Fqdn = fqdn };
        foreach (var mac in macs)
        {
            var nic = new NetworkInterface { Mac = mac };
            if (ip.Length > 0 && mac == macs[0])
            {
                nic.IpAddresses.Add(ip);
            }

            node.Interfaces.Add(nic);
        }

        return node;
    }

    private static Change Upsert(ulong sequence, Node node) => new() { Sequence = sequence, Kind = "Component", Operation = "Updated", Id = node.Xname, Node = node };

    private static NodeDirectory Loaded(params Node[] nodes)
    {
        var directory = new NodeDirectory();
        var table = new NodeTable();
        foreach (var node in nodes)
        {
            table.Add(InventoryNodeRecords.From(node));
        }

        directory.ResetFromStream(table, 10, s_now);
        return directory;
    }

    private static void Apply(NodeDirectory directory, Change change) =>
        directory.ApplyFromStream(table => NodeIndexStreamSink.Apply(table, change), change.Sequence, s_now);

    [Fact]
    public void Apply_NewNode_IsFoundByEveryKeyWithoutTouchingTheOthers()
    {
        var directory = Loaded(StreamNode("x1000c0s0b0n0", 1, ["aa:bb:cc:00:00:01"]));
        var before = directory.Current.FindByXname("x1000c0s0b0n0");

        Apply(directory, Upsert(11, StreamNode("x1000c0s1b0n0", 2, ["aa:bb:cc:00:00:02"], "10.1.0.2", "n2.local")));

        var added = directory.Current.FindByMac("aa:bb:cc:00:00:02");
        Assert.Equal("x1000c0s1b0n0", added?.Xname);
        Assert.Same(added, directory.Current.FindByNid(2));
        Assert.Same(added, directory.Current.FindByIp("10.1.0.2"));
        Assert.Same(added, directory.Current.FindByName("N2.LOCAL"));
        Assert.Same(before, directory.Current.FindByXname("x1000c0s0b0n0"));
        Assert.Equal(2, directory.Current.Count);
        Assert.Equal(11UL, directory.Sequence);
    }

    [Fact]
    public void Apply_MacMovedToAnotherNode_LeavesTheFirstNodesRecordToo()
    {
        var directory = Loaded(StreamNode("x1000c0s0b0n0", 1, ["aa:bb:cc:00:00:01", "aa:bb:cc:00:00:09"]), StreamNode("x1000c0s1b0n0", 2, ["aa:bb:cc:00:00:02"]));

        Apply(directory, Upsert(11, StreamNode("x1000c0s1b0n0", 2, ["aa:bb:cc:00:00:02", "aa:bb:cc:00:00:09"])));

        Assert.Equal("x1000c0s1b0n0", directory.Current.FindByMac("aa:bb:cc:00:00:09")?.Xname);
        Assert.Equal(["aa:bb:cc:00:00:01"], directory.Current.FindByXname("x1000c0s0b0n0")!.Macs);
        Assert.Equal("x1000c0s0b0n0", directory.Current.FindByMac("aa:bb:cc:00:00:01")?.Xname);
    }

    [Fact]
    public void Apply_ChangedNid_FreesTheOldNid()
    {
        var directory = Loaded(StreamNode("x1000c0s0b0n0", 1, ["aa:bb:cc:00:00:01"]));

        Apply(directory, Upsert(11, StreamNode("x1000c0s0b0n0", 7, ["aa:bb:cc:00:00:01"])));

        Assert.Null(directory.Current.FindByNid(1));
        Assert.Equal("7", directory.Current.FindByNid(7)?.NidText);
        Assert.Equal(7, directory.Current.FindByMac("aa:bb:cc:00:00:01")?.Nid);
    }

    [Fact]
    public void Apply_RemovedNodeAndRemovedMac_AreNoLongerFound()
    {
        var directory = Loaded(StreamNode("x1000c0s0b0n0", 1, ["aa:bb:cc:00:00:01"]), StreamNode("x1000c0s1b0n0", 2, ["aa:bb:cc:00:00:02", "aa:bb:cc:00:00:03"]));

        Apply(directory, new Change { Sequence = 11, Kind = "Component", Operation = "Deleted", Id = "x1000c0s0b0n0", RemovedNode = "x1000c0s0b0n0" });
        Apply(directory, new Change { Sequence = 12, Kind = "EthernetInterface", Operation = "Deleted", Id = "aabbcc000003", RemovedMac = "aa:bb:cc:00:00:03" });

        Assert.Null(directory.Current.FindByXname("x1000c0s0b0n0"));
        Assert.Null(directory.Current.FindByMac("aa:bb:cc:00:00:01"));
        Assert.Null(directory.Current.FindByNid(1));
        Assert.Null(directory.Current.FindByMac("aa:bb:cc:00:00:03"));
        Assert.Equal(["aa:bb:cc:00:00:02"], directory.Current.FindByXname("x1000c0s1b0n0")!.Macs);
        Assert.Equal(1, directory.Current.Count);
    }

    [Fact]
    public void Apply_ChangeThatAltersNothingBssShows_KeepsTheRecordReadersHave()
    {
        var directory = Loaded(StreamNode("x1000c0s0b0n0", 1, ["aa:bb:cc:00:00:01"], "10.1.0.1"));
        var before = directory.Current.FindByXname("x1000c0s0b0n0");

        Apply(directory, Upsert(11, StreamNode("x1000c0s0b0n0", 1, ["aa:bb:cc:00:00:01"], "10.1.0.1")));

        Assert.Same(before, directory.Current.FindByMac("aa:bb:cc:00:00:01"));
        Assert.Equal(11UL, directory.Sequence);
    }

    [Fact]
    public void Apply_ChangeWithoutANode_OnlyAdvancesTheSequence()
    {
        var directory = Loaded(StreamNode("x1000c0s0b0n0", 1, ["aa:bb:cc:00:00:01"]));

        Apply(directory, new Change { Sequence = 11, Kind = "Group", Operation = "Created", Id = "blue" });

        Assert.Equal(11UL, directory.Sequence);
        Assert.Equal(1, directory.Current.Count);
    }

    [Fact]
    public void CompleteFullRead_AfterStreamChanges_KeepsTheStreamsNewerNodes()
    {
        var directory = Loaded(StreamNode("x1000c0s0b0n0", 1, ["aa:bb:cc:00:00:01"]));
        directory.BeginFullRead();
        Apply(directory, Upsert(11, StreamNode("x1000c0s1b0n0", 2, ["aa:bb:cc:00:00:02"])));

        // The read began before that change: it has the first node only, and an older NID for it.
        var read = new NodeTable();
        read.Add(InventoryNodeRecords.From(StreamNode("x1000c0s0b0n0", 5, ["aa:bb:cc:00:00:01"])));
        var published = directory.CompleteFullRead(read, new NodeIndexStatus(s_now, s_now, null, null, 1));

        Assert.True(published);
        Assert.Equal("x1000c0s1b0n0", directory.Current.FindByMac("aa:bb:cc:00:00:02")?.Xname);
        Assert.Equal(5, directory.Current.FindByXname("x1000c0s0b0n0")?.Nid);
    }

    [Fact]
    public void CompleteFullRead_AfterAStreamSnapshot_IsDropped()
    {
        var directory = new NodeDirectory();
        directory.BeginFullRead();
        var snapshot = new NodeTable();
        snapshot.Add(InventoryNodeRecords.From(StreamNode("x1000c0s0b0n0", 1, ["aa:bb:cc:00:00:01"])));
        directory.ResetFromStream(snapshot, 10, s_now);

        var published = directory.CompleteFullRead(new NodeTable(), new NodeIndexStatus(s_now, s_now, null, null, 0));

        Assert.False(published);
        Assert.Same(snapshot, directory.Current);
    }

    [Fact]
    public async Task WaitForSequence_ReturnsOnceTheStreamHasAppliedIt()
    {
        var directory = Loaded();
        var waiting = directory.WaitForSequenceAsync(12, TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken);

        Apply(directory, new Change { Sequence = 11 });
        Assert.False(waiting.IsCompleted);
        Apply(directory, new Change { Sequence = 12 });

        Assert.True(await waiting);
        Assert.False(await directory.WaitForSequenceAsync(13, TimeSpan.FromMilliseconds(50), TestContext.Current.CancellationToken));
    }
}
