using SysMgmt.Inventory.V1;

namespace SysMgmt.Dhcp.Tests;

/// <summary>Inventory nodes as SMD's stream sends them.</summary>
internal static class Nodes
{
    public static Node Create(string xname, long? nid, params (string Mac, string[] Addresses)[] interfaces)
    {
        var node = new Node { Xname = xname, Role = "Compute", Enabled = true, State = "Ready" };
        if (nid is { } value)
        {
            node.Nid = value;
        }

        foreach (var (mac, addresses) in interfaces)
        {
            node.Interfaces.Add(new NetworkInterface { Mac = mac, IpAddresses = { addresses } });
        }

        return node;
    }

    public static Node Create(string xname, long? nid, string mac, string address) => Create(xname, nid, (mac, [address]));
}
