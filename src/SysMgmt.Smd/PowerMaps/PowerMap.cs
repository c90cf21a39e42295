using System.Text.Json.Serialization;

namespace SysMgmt.Smd.PowerMaps;

/// <summary>
/// <c>{"id":"x0c0s1b0n0","poweredBy":["x0m0p0j10","x0m0p0j11"]}</c>: the anchors' only camelCase resource. Read
/// case-insensitively, like every body.
/// </summary>
internal sealed record PowerMap
{
    [JsonPropertyName("id")]
    public string? Id { get; init; }

    [JsonPropertyName("poweredBy")]
    public IReadOnlyList<string>? PoweredBy { get; init; }
}
