namespace SysMgmt.Smd.PowerMaps;

/// <summary>A row of <c>smd.power_maps</c>: a component and the xnames that supply it with power.</summary>
public sealed class PowerMapEntity
{
    public required string Id { get; set; }
    public required string[] PoweredBy { get; set; }
}
