namespace SysMgmt.Smd.NodeMaps;

/// <summary>A row of <c>smd.node_maps</c>: the NID, Role and SubRole a node gets when first created without them.</summary>
public sealed class NodeMapEntity
{
    public required string Id { get; set; }
    public long Nid { get; set; }
    public string? Role { get; set; }
    public string? SubRole { get; set; }
    public string? NodeInfo { get; set; }
}
