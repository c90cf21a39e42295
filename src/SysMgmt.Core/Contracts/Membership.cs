using System.Text.Json.Serialization;

namespace SysMgmt.Core.Contracts;

/// <summary>
/// The groups and partition of one component (<c>Membership.1.0.0</c>); every key is always present, with
/// <c>[]</c> and <c>""</c> for none.
/// </summary>
public sealed record Membership
{
    [JsonPropertyName("id")]
    public required string Id { get; init; }

    [JsonPropertyName("groupLabels")]
    public IReadOnlyList<string> GroupLabels { get; init; } = [];

    [JsonPropertyName("partitionName")]
    public string PartitionName { get; init; } = "";
}
