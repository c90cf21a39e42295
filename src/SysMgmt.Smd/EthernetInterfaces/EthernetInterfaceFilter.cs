using SysMgmt.Smd.Querying;
namespace SysMgmt.Smd.EthernetInterfaces;

/// <summary>
/// The filters of <c>GET /Inventory/EthernetInterfaces</c>, normalised. Values of one filter are ORed, different
/// filters ANDed; an empty filter matches everything.
/// </summary>
internal sealed record EthernetInterfaceFilter
{
    public static EthernetInterfaceFilter All { get; } = new();

    /// <summary>From <c>ID=</c>, as interface IDs.</summary>
    public IReadOnlyList<string> Ids { get; init; } = [];

    /// <summary>From <c>MACAddress=</c>, as interface IDs: the ID is the MAC, so this is a primary-key lookup.</summary>
    public IReadOnlyList<string> MacIds { get; init; } = [];

    public ListedValues IpAddresses { get; init; } = ListedValues.None;
    public ListedValues Networks { get; init; } = ListedValues.None;
    public ListedValues ComponentIds { get; init; } = ListedValues.None;
    public IReadOnlyList<string> Types { get; init; } = [];

    /// <summary>Last updated strictly before this time.</summary>
    public DateTimeOffset? OlderThan { get; init; }

    /// <summary>Last updated strictly after this time.</summary>
    public DateTimeOffset? NewerThan { get; init; }
}
