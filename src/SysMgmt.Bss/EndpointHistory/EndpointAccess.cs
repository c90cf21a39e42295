using System.Text.Json.Serialization;

namespace SysMgmt.Bss.EndpointHistory;

/// <summary>When a node last fetched an endpoint (<c>[{"name","endpoint","last_epoch"}]</c> on the wire).</summary>
internal sealed record EndpointAccess(
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("endpoint")] string Endpoint,
    [property: JsonPropertyName("last_epoch")] long LastEpoch);
