using System.Globalization;
using SysMgmt.Inventory.V1;

namespace SysMgmt.Dhcp.Hosts;

/// <summary>
/// The hostname DHCP gives a node: <c>nid</c> and its NID on at least four digits (<c>nid0001</c>, <c>nid12345</c>)
/// when it has a positive NID, as HPC sites name compute nodes; otherwise its xname in lower case (<c>x3000c0s1b0n0</c>),
/// which is already a valid DNS label.
/// </summary>
public static class HostnameRule
{
    public static string For(Node node) => node is { HasNid: true, Nid: > 0 }
        ? string.Create(CultureInfo.InvariantCulture, $"nid{node.Nid:D4}")
        : node.Xname.ToLowerInvariant();
}
