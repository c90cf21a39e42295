using System.Text.Json;
using SysMgmt.Core.Contracts;
using SysMgmt.Core.Networking;

namespace SysMgmt.Bss.NodeIndex;

/// <summary>
/// Builds a <see cref="NodeIndexSnapshot"/> from SMD's bulk answers. A node's MACs come from its component
/// endpoint (its MAC and the Redfish NICs) and its Ethernet interfaces, normalised; IP addresses come from the
/// interfaces. Pure: no I/O, so the rules are unit-tested.
/// </summary>
internal static class NodeIndexBuilder
{
    private const string UndefinedMac = "ff:ff:ff:ff:ff:ff";

    public static NodeIndexSnapshot Build(SmdInventory inventory, DateTimeOffset builtAt)
    {
        var endpoints = (inventory.ComponentEndpoints ?? []).GroupBy(e => e.ID, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var interfaces = inventory.EthernetInterfaces.Where(i => i.ComponentID.Length > 0).ToLookup(i => i.ComponentID, StringComparer.Ordinal);

        var nodes = new List<NodeRecord>(inventory.Components.Count);
        var byXname = new Dictionary<string, NodeRecord>(inventory.Components.Count, StringComparer.Ordinal);
        var byMac = new Dictionary<string, NodeRecord>(inventory.Components.Count * 2, StringComparer.Ordinal);
        var byNid = new Dictionary<long, NodeRecord>(inventory.Components.Count);
        var byIp = new Dictionary<string, NodeRecord>(inventory.Components.Count, StringComparer.Ordinal);
        var byFqdn = new Dictionary<string, NodeRecord>(StringComparer.OrdinalIgnoreCase);

        foreach (var component in inventory.Components.OrderBy(c => c.ID, StringComparer.Ordinal))
        {
            if (byXname.ContainsKey(component.ID))
            {
                continue;
            }

            var endpoint = endpoints.GetValueOrDefault(component.ID);
            var node = new NodeRecord(component, endpoint?.FQDN, CollectMacs(endpoint, interfaces[component.ID]), endpoint?.Enabled ?? true);
            nodes.Add(node);
            byXname[node.Xname] = node;

            // An empty slot keeps its record, but its MACs do not identify it (as in the anchors).
            if (!string.Equals(component.State, "Empty", StringComparison.OrdinalIgnoreCase))
            {
                foreach (var mac in node.Macs)
                {
                    byMac.TryAdd(mac, node);
                }
            }

            if (node.Nid is { } nid)
            {
                byNid.TryAdd(nid, node);
            }

            if (node.Fqdn is { Length: > 0 } fqdn)
            {
                byFqdn.TryAdd(fqdn, node);
            }

            foreach (var iface in interfaces[component.ID])
            {
                foreach (var address in iface.IPAddresses)
                {
                    if (IpAddresses.TryNormalize(address.IPAddress, out var ip, out _))
                    {
                        byIp.TryAdd(ip, node);
                    }
                }
            }
        }

        return new NodeIndexSnapshot(nodes, byXname, byMac, byNid, byIp, byFqdn, builtAt);
    }

    private static List<string> CollectMacs(ComponentEndpoint? endpoint, IEnumerable<EthernetInterface> interfaces)
    {
        var macs = new List<string>();
        void Add(string? candidate)
        {
            if (MacAddress.TryNormalize(candidate, out var mac, out _) && mac != UndefinedMac && !macs.Contains(mac))
            {
                macs.Add(mac);
            }
        }

        if (endpoint is not null)
        {
            Add(endpoint.MACAddr);
            foreach (var nic in NicMacs(endpoint.RedfishSystemInfo).Concat(NicMacs(endpoint.RedfishManagerInfo)))
            {
                Add(nic);
            }
        }

        foreach (var iface in interfaces)
        {
            Add(iface.MACAddress);
        }

        return macs;
    }

    /// <summary>The <c>MACAddress</c> of each entry of the Redfish info's <c>EthernetNICInfo</c>.</summary>
    private static IEnumerable<string?> NicMacs(JsonElement? info)
    {
        if (info is not { ValueKind: JsonValueKind.Object } value
            || !value.TryGetProperty("EthernetNICInfo", out var nics)
            || nics.ValueKind != JsonValueKind.Array)
        {
            yield break;
        }

        foreach (var nic in nics.EnumerateArray())
        {
            if (nic.ValueKind == JsonValueKind.Object && nic.TryGetProperty("MACAddress", out var mac) && mac.ValueKind == JsonValueKind.String)
            {
                yield return mac.GetString();
            }
        }
    }
}
