using System.Text.Json;
using SysMgmt.Core.Contracts;
using SysMgmt.Core.Networking;

namespace SysMgmt.Bss.NodeIndex;

/// <summary>
/// Builds a <see cref="NodeTable"/> from SMD's bulk answers. A node's MACs come from its component
/// endpoint (its MAC and the Redfish NICs) and its Ethernet interfaces, normalised; IP addresses come from the
/// interfaces. Pure: no I/O, so the rules are unit-tested.
/// </summary>
internal static class NodeIndexBuilder
{
    private const string UndefinedMac = "ff:ff:ff:ff:ff:ff";

    public static NodeTable Build(SmdInventory inventory)
    {
        var endpoints = (inventory.ComponentEndpoints ?? []).GroupBy(e => e.ID, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var interfaces = inventory.EthernetInterfaces.Where(i => i.ComponentID.Length > 0).ToLookup(i => i.ComponentID, StringComparer.Ordinal);

        var table = new NodeTable(inventory.Components.Count);
        foreach (var component in inventory.Components.OrderBy(c => c.ID, StringComparer.Ordinal))
        {
            var endpoint = endpoints.GetValueOrDefault(component.ID);
            var fields = new NodeFields(component.ID, component.Type, component.State, component.Flag, component.Enabled, component.Role,
                component.SubRole, component.NID, component.NetType, component.Arch, component.Class, endpoint?.FQDN, endpoint?.Enabled ?? true);
            table.Add(new NodeRecord(fields, CollectMacs(endpoint, interfaces[component.ID]), CollectIps(interfaces[component.ID])));
        }

        return table;
    }

    private static string[] CollectIps(IEnumerable<EthernetInterface> interfaces) =>
        [.. interfaces.SelectMany(i => i.IPAddresses)
            .Select(a => IpAddresses.TryNormalize(a.IPAddress, out var ip, out _) ? ip : null)
            .OfType<string>()
            .Distinct(StringComparer.Ordinal)];

    private static string[] CollectMacs(ComponentEndpoint? endpoint, IEnumerable<EthernetInterface> interfaces)
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

        return [.. macs];
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
