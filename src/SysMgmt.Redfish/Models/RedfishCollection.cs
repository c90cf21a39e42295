using System.Text.Json;
using System.Text.Json.Serialization;

namespace SysMgmt.Redfish.Models;

/// <summary>A resource collection page: members as links, or whole resources when expanded.</summary>
public sealed record RedfishCollection : RedfishResource
{
    public IReadOnlyList<JsonElement>? Members { get; init; }

    [JsonPropertyName("Members@odata.count")]
    public long? MembersCount { get; init; }

    /// <summary>The next page, when the service pages the collection.</summary>
    [JsonPropertyName("Members@odata.nextLink")]
    public string? NextLink { get; init; }
}
