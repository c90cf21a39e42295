using System.Text.Json;
using SysMgmt.Core.Discovery;
using SysMgmt.Core.Networking;

namespace SysMgmt.RedfishEmulator.Mockups;

/// <summary>
/// The manager NIC that stands for the Redfish service's own address: an emulated BMC reports the address it
/// listens on there, so a client can tell which NIC it reached (magellan's <c>MACAddr</c> is that NIC's MAC).
/// </summary>
/// <remarks>
/// The service's own manager is the first (in <see cref="NaturalOrder"/> of Ids) of ManagerType
/// <c>EnclosureManager</c>, else <c>BMC</c>, else any type, that has a NIC with a usable IPv4 address; the NIC is
/// the first such NIC of that manager. Usable: <c>IPv4Addresses[0].Address</c> is an IPv4 address other than
/// <c>0.0.0.0</c> and link-local <c>169.254.0.0/16</c>, on a NIC that is not a Redfish host interface (a NIC with
/// <c>Links.HostInterface</c> faces the host, not the network). A mockup without such a NIC has none.
/// </remarks>
/// <param name="Path">The NIC's resource path.</param>
/// <param name="Address">Its address in the mockup (<c>IPv4Addresses[0].Address</c>).</param>
public sealed record ServiceNic(string Path, string Address)
{
    private static readonly string[] s_managerTypeOrder = ["EnclosureManager", "BMC"];

    internal static ServiceNic? Find(IReadOnlyDictionary<string, MockupResource> resources)
    {
        if (!resources.TryGetValue(MockupTree.RootPath, out var root))
        {
            return null;
        }

        return Members(resources, root.Body, "Managers")
            .Select(manager => (Manager: manager, Nic: Members(resources, manager, "EthernetInterfaces").Where(IsUsable).OrderBy(Id, NaturalOrder.Instance).FirstOrDefault()))
            .Where(candidate => candidate.Nic.ValueKind == JsonValueKind.Object)
            .OrderBy(candidate => TypeRank(candidate.Manager)).ThenBy(candidate => Id(candidate.Manager), NaturalOrder.Instance)
            .Select(candidate => new ServiceNic(Link(candidate.Nic)!, FirstIPv4(candidate.Nic)!))
            .FirstOrDefault();
    }

    /// <summary>The members (that the mockup has) of the collection that <paramref name="owner"/>'s <paramref name="collection"/> links to.</summary>
    private static IEnumerable<JsonElement> Members(IReadOnlyDictionary<string, MockupResource> resources, JsonElement owner, string collection) =>
        Link(owner, collection) is { } path && resources.TryGetValue(path, out var list)
        && list.Body.TryGetProperty("Members", out var members) && members.ValueKind == JsonValueKind.Array
            ? members.EnumerateArray().Select(m => Link(m)).OfType<string>()
                .Select(member => resources.TryGetValue(member, out var resource) ? resource.Body : default)
                .Where(body => body.ValueKind == JsonValueKind.Object)
            : [];

    private static bool IsUsable(JsonElement nic) =>
        Link(nic) is not null
        && !(nic.TryGetProperty("Links", out var links) && links.ValueKind == JsonValueKind.Object && links.TryGetProperty("HostInterface", out _))
        && FirstIPv4(nic) is { } address && IpAddresses.Normalize(address) is var normalized
        && normalized != "0.0.0.0" && !normalized.StartsWith("169.254.", StringComparison.Ordinal);

    /// <summary><c>IPv4Addresses[0].Address</c> when it is an IPv4 address, else null.</summary>
    private static string? FirstIPv4(JsonElement nic) =>
        nic.TryGetProperty("IPv4Addresses", out var addresses) && addresses.ValueKind == JsonValueKind.Array && addresses.GetArrayLength() > 0
        && addresses[0].ValueKind == JsonValueKind.Object && addresses[0].TryGetProperty("Address", out var address)
        && address.ValueKind == JsonValueKind.String && IpAddresses.TryNormalize(address.GetString(), out var normalized, out _) && !normalized.Contains(':')
            ? address.GetString()
            : null;

    private static int TypeRank(JsonElement manager)
    {
        var type = manager.TryGetProperty("ManagerType", out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
        var rank = Array.IndexOf(s_managerTypeOrder, type);
        return rank < 0 ? s_managerTypeOrder.Length : rank;
    }

    private static string Id(JsonElement resource) => RedfishPaths.LastSegment(Link(resource) ?? "");

    /// <summary>The <c>@odata.id</c> of the resource, or of its property <paramref name="property"/>, as a path.</summary>
    private static string? Link(JsonElement resource, string? property = null)
    {
        var target = resource;
        if (property is not null && !(resource.TryGetProperty(property, out target) && target.ValueKind == JsonValueKind.Object))
        {
            return null;
        }

        return target.TryGetProperty("@odata.id", out var id) && id.ValueKind == JsonValueKind.String
            && RedfishPaths.Normalize(id.GetString()) is { Length: > 0 } path
            ? path
            : null;
    }
}
