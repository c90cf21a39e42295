using System.Text.Json;
using SysMgmt.Core.Contracts;

namespace SysMgmt.Smd.NodeMaps;

/// <summary>
/// <c>POST /Defaults/NodeMaps</c> takes one NodeMap object or <c>{"NodeMaps":[…]}</c>; when the top-level ID or
/// NID is set, it is the single form.
/// </summary>
internal sealed record NodeMapsPostRequest
{
    public string? ID { get; init; }
    public long NID { get; init; }
    public string? Role { get; init; }
    public string? SubRole { get; init; }
    public JsonElement? NodeInfo { get; init; }
    public IReadOnlyList<NodeMap>? NodeMaps { get; init; }

    public IReadOnlyList<NodeMap> Entries => ID is not null || NID != 0
        ? [new NodeMap { ID = ID, NID = NID, Role = Role, SubRole = SubRole, NodeInfo = NodeInfo }]
        : NodeMaps ?? [];
}
