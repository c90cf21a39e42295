using System.Text.Json.Serialization;
using SysMgmt.Core.Time;

namespace SysMgmt.Smd.Discovery;

/// <summary>
/// The anchors' DiscoveryStatus object, <c>{"ID":0,"Status":"Complete","LastUpdateTime":…,"Details":{…}}</c>,
/// here derived from what the discovery agent last sent (<see cref="DiscoveryStatusService"/>).
/// </summary>
internal sealed record DiscoveryStatusEntry(
    int ID,
    string Status,
    [property: JsonConverter(typeof(Rfc3339MicrosecondsConverter))] DateTimeOffset? LastUpdateTime,
    DiscoveryStatusDetails Details)
{
    /// <summary>No endpoint's inventory has been received yet.</summary>
    public const string NotStarted = "NotStarted";

    /// <summary>Every ingestion is complete when SMD answers it; there is no discovery running inside SMD.</summary>
    public const string Complete = "Complete";
}

/// <summary>
/// What the status is derived from: the RedfishEndpoints and their <c>DiscoveryInfo.LastDiscoveryStatus</c>, and the
/// endpoint the agent sent last. <c>Discoverer</c> says who discovers.
/// </summary>
internal sealed record DiscoveryStatusDetails(
    string Discoverer,
    int RedfishEndpoints,
    IReadOnlyDictionary<string, int> EndpointsByLastDiscoveryStatus,
    [property: JsonPropertyName("LastEndpointID")] string? LastEndpointId);
