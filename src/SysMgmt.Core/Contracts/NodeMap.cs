using System.Text.Json;

namespace SysMgmt.Core.Contracts;

/// <summary>A default NID/Role/SubRole for a node xname (<c>/hsm/v2/Defaults/NodeMaps</c>).</summary>
public sealed record NodeMap
{
    public string? ID { get; init; }
    public long NID { get; init; }
    public string? Role { get; init; }
    public string? SubRole { get; init; }
    public JsonElement? NodeInfo { get; init; }
}
