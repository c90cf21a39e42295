using System.Text.Json;
using SysMgmt.Bss.NodeIndex;
using SysMgmt.Core.Contracts;

namespace SysMgmt.Bss.Tests.NodeIndex;

public sealed class NodeIndexBuilderTests
{
    private static Component Node(string id, long nid, string state = "Ready") => new() { ID = id, Type = "Node", State = state, Enabled = true, NID = nid, Role = "Compute" };

    private static EthernetInterface Interface(string mac, string owner, params string[] ips) => new()
    {
        ID = mac.Replace(":", "", StringComparison.Ordinal),
        MACAddress = mac,
        ComponentID = owner,
        IPAddresses = [.. ips.Select(ip => new EthernetInterfaceIpAddress { IPAddress = ip })],
    };

    [Fact]
    public void Build_MacsFromEndpointNicsAndInterfaces_AreNormalisedDedupedInOrder()
    {
        var endpoint = new ComponentEndpoint
        {
            ID = "x1000c0s0b0n0",
            FQDN = "x1000c0s0b0n0.local",
            MACAddr = "AA-BB-CC-00-00-01",
            Enabled = false,
            RedfishSystemInfo = JsonDocument.Parse("""{"EthernetNICInfo":[{"MACAddress":"aa:bb:cc:00:00:02"},{"MACAddress":"Not Available"},{"MACAddress":"ff:ff:ff:ff:ff:ff"}]}""").RootElement,
        };
        var inventory = new SmdInventory([Node("x1000c0s0b0n0", 1)], [endpoint], [Interface("aa:bb:cc:00:00:01", "x1000c0s0b0n0"), Interface("aa:bb:cc:00:00:03", "x1000c0s0b0n0", "10.1.0.1")], null);

        var index = NodeIndexBuilder.Build(inventory);

        var node = Assert.Single(index.Nodes);
        Assert.Equal(["aa:bb:cc:00:00:01", "aa:bb:cc:00:00:02", "aa:bb:cc:00:00:03"], node.Macs);
        Assert.Same(node, index.FindByMac("aa:bb:cc:00:00:02"));
        Assert.Same(node, index.FindByIp("10.1.0.1"));
        Assert.Same(node, index.FindByNid(1));
        Assert.Same(node, index.FindByName("X1000C0S0B0N0.LOCAL"));
        Assert.False(node.EndpointEnabled);
        Assert.Equal(("1", "nid1"), (node.NidText, node.NidKey));
    }

    [Fact]
    public void Build_EmptySlot_KeepsTheNodeButNotItsMacs()
    {
        var inventory = new SmdInventory([Node("x1000c0s0b0n0", 1, state: "Empty")], null, [Interface("aa:bb:cc:00:00:01", "x1000c0s0b0n0")], null);

        var index = NodeIndexBuilder.Build(inventory);

        Assert.NotNull(index.FindByXname("x1000c0s0b0n0"));
        Assert.Null(index.FindByMac("aa:bb:cc:00:00:01"));
    }

    [Fact]
    public void Build_MacClaimedTwiceOrUnowned_FirstNodeByXnameWinsAndUnownedIsIgnored()
    {
        var inventory = new SmdInventory(
            [Node("x1000c0s1b0n0", 2), Node("x1000c0s0b0n0", 1)],
            null,
            [Interface("aa:bb:cc:00:00:01", "x1000c0s1b0n0"), Interface("aa:bb:cc:00:00:01", "x1000c0s0b0n0"), Interface("aa:bb:cc:00:00:09", "", "10.9.9.9")],
            null);

        var index = NodeIndexBuilder.Build(inventory);

        Assert.Equal("x1000c0s0b0n0", index.FindByMac("aa:bb:cc:00:00:01")?.Xname);
        Assert.Null(index.FindByMac("aa:bb:cc:00:00:09"));
        Assert.Null(index.FindByIp("10.9.9.9"));
    }

    [Fact]
    public void Build_Ipv6Address_IsFoundByItsCanonicalForm()
    {
        var index = NodeIndexBuilder.Build(new SmdInventory([Node("x1000c0s0b0n0", 1)], null, [Interface("aa:bb:cc:00:00:01", "x1000c0s0b0n0", "FD00:0:0::0A")], null));

        Assert.Equal("x1000c0s0b0n0", index.FindByIp(System.Net.IPAddress.Parse("fd00::a").ToString())?.Xname);
    }
}
