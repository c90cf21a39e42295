using System.Text.Json.Serialization;

namespace SysMgmt.Core.Contracts;

/// <summary>The members of a group or partition, <c>{"ids":["x1c0s1b0n0",…]}</c> (<c>Members.1.0.0</c>).</summary>
public sealed record Members
{
    [JsonPropertyName("ids")]
    public IReadOnlyList<string>? Ids { get; init; }
}
