using System.Text.Json.Serialization;

namespace SysMgmt.Core.Contracts;

/// <summary>
/// A partition (<c>Partition.1.0.0</c>), named <c>p#</c> or <c>p#.#</c>: a component is in at most one. SMD leaves out
/// <c>description</c> and <c>tags</c> when empty, as the anchors do.
/// </summary>
public sealed record Partition
{
    [JsonPropertyName("name")]
    public string? Name { get; init; }

    [JsonPropertyName("description")]
    public string? Description { get; init; }

    [JsonPropertyName("tags")]
    public IReadOnlyList<string>? Tags { get; init; }

    [JsonPropertyName("members")]
    public Members? Members { get; init; }
}
