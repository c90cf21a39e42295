using System.Text.Json;
using SysMgmt.Inventory.V1;
using static SysMgmt.Smd.IntegrationTests.Groups.GroupRequests;
using static SysMgmt.Smd.IntegrationTests.Infrastructure.SmdApi;

namespace SysMgmt.Smd.IntegrationTests.Inventory;

/// <summary>The node view built from the REST API alone, to hold the gRPC service's view against.</summary>
internal static class RestNodeView
{
    public static async Task<Dictionary<string, Node>> ReadAsync(HttpClient client)
    {
        var nodes = new Dictionary<string, Node>(StringComparer.Ordinal);
        foreach (var component in await client.GetComponentListAsync($"{ComponentsPath}?type=Node"))
        {
            var node = new Node
            {
                Xname = component.Str("ID")!,
                Role = component.Str("Role") ?? "",
                SubRole = component.Str("SubRole") ?? "",
                Enabled = !component.TryGetProperty("Enabled", out var enabled) || enabled.GetBoolean(),
                State = component.Str("State") ?? "",
                Flag = component.Str("Flag") ?? "",
                Arch = component.Str("Arch") ?? "",
                Class = component.Str("Class") ?? "",
            };
            if (component.Long("NID") is { } nid)
            {
                node.Nid = nid;
            }

            nodes[node.Xname] = node;
        }

        foreach (var nic in (await client.GetArrayAsync("/hsm/v2/Inventory/EthernetInterfaces")).OrderBy(n => n.Str("MACAddress"), StringComparer.Ordinal))
        {
            if (nic.Str("ComponentID") is { } owner && nodes.TryGetValue(owner, out var node))
            {
                var view = new NetworkInterface { Mac = nic.Str("MACAddress")!, Description = nic.Str("Description") ?? "" };
                view.IpAddresses.AddRange(nic.GetProperty("IPAddresses").EnumerateArray().Select(ip => ip.GetProperty("IPAddress").GetString()!));
                node.Interfaces.Add(view);
            }
        }

        foreach (var membership in await client.GetArrayAsync("/hsm/v2/memberships"))
        {
            if (nodes.TryGetValue(membership.Str("id")!, out var node))
            {
                node.Groups.AddRange(membership.GetProperty("groupLabels").EnumerateArray().Select(g => g.GetString()!).Order(StringComparer.Ordinal));
                node.Partition = membership.TryGetProperty("partitionName", out var partition) && partition.ValueKind == JsonValueKind.String ? partition.GetString()! : "";
            }
        }

        return nodes;
    }
}
