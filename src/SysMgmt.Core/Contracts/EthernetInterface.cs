using System.Text.Json.Serialization;
using SysMgmt.Core.Time;

namespace SysMgmt.Core.Contracts;

/// <summary>
/// A component Ethernet interface on the <c>/hsm/v2</c> wire (<c>CompEthInterface.1.0.0</c>): a MAC address, the
/// IP addresses it holds and the component it belongs to, in the anchors' field order. Every field is always
/// present; <see cref="ComponentID"/> and <see cref="Type"/> are empty strings while the owner is unknown.
/// </summary>
public sealed record EthernetInterface
{
    /// <summary>The MAC's 12 hexadecimal digits, lower case (<c>a4bf012b7310</c>).</summary>
    public string ID { get; init; } = "";

    public string Description { get; init; } = "";

    /// <summary>Lower case, colon-separated (<c>a4:bf:01:2b:73:10</c>).</summary>
    public string MACAddress { get; init; } = "";

    /// <summary>When the interface was created or its IP addresses last changed (RFC 3339, microseconds, UTC).</summary>
    [JsonConverter(typeof(Rfc3339MicrosecondsConverter))]
    public DateTimeOffset LastUpdate { get; init; }

    public string ComponentID { get; init; } = "";

    /// <summary>The HMS type of <see cref="ComponentID"/>, derived by the server.</summary>
    public string Type { get; init; } = "";

    public IReadOnlyList<EthernetInterfaceIpAddress> IPAddresses { get; init; } = [];
}
