using System.Text.Json.Serialization;

namespace SysMgmt.Core.Contracts;

/// <summary>
/// A group (<c>Group.1.0.0</c>): a labelled, possibly overlapping set of components. Components of groups that share an
/// <see cref="ExclusiveGroup"/> are in at most one of them. Keys are lower camel case on the wire; SMD always answers
/// <c>description</c> and <c>members</c>, and leaves out <c>exclusiveGroup</c> and <c>tags</c> when unset, as the anchors do.
/// </summary>
public sealed record Group
{
    [JsonPropertyName("label")]
    public string? Label { get; init; }

    [JsonPropertyName("description")]
    public string? Description { get; init; }

    [JsonPropertyName("exclusiveGroup")]
    public string? ExclusiveGroup { get; init; }

    [JsonPropertyName("tags")]
    public IReadOnlyList<string>? Tags { get; init; }

    [JsonPropertyName("members")]
    public Members? Members { get; init; }
}
