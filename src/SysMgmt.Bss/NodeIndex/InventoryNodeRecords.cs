using SysMgmt.Core.Networking;
using SysMgmt.Inventory.V1;

namespace SysMgmt.Bss.NodeIndex;

/// <summary>
/// A node of SMD's inventory stream as a <see cref="NodeRecord"/>. The stream's node is its component with its
/// Ethernet interfaces (MACs in MAC order) and its endpoint's FQDN; it has no <c>NetType</c> and no endpoint
/// <c>Enabled</c> (shown as true), and its MACs are those of its Ethernet interfaces.
/// </summary>
internal static class InventoryNodeRecords
{
    public static NodeRecord From(Node node)
    {
        var fields = new NodeFields(node.Xname, "Node", NullIfEmpty(node.State), NullIfEmpty(node.Flag), node.Enabled, NullIfEmpty(node.Role),
            NullIfEmpty(node.SubRole), node.HasNid ? node.Nid : null, null, NullIfEmpty(node.Arch), NullIfEmpty(node.Class), NullIfEmpty(node.Fqdn), true);
        var macs = new List<string>(node.Interfaces.Count);
        var ips = new List<string>();
        foreach (var nic in node.Interfaces)
        {
            if (MacAddress.TryNormalize(nic.Mac, out var mac, out _) && !macs.Contains(mac))
            {
                macs.Add(mac);
            }

            foreach (var address in nic.IpAddresses)
            {
                if (IpAddresses.TryNormalize(address, out var ip, out _) && !ips.Contains(ip))
                {
                    ips.Add(ip);
                }
            }
        }

        return new NodeRecord(fields, [.. macs], [.. ips]);
    }

    private static string? NullIfEmpty(string value) => value.Length == 0 ? null : value;
}
