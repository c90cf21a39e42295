namespace SysMgmt.Core.Discovery;

/// <summary>What <see cref="ChassisLocations"/> needs to know of one Redfish Chassis.</summary>
/// <param name="Path">The chassis' path, normalised with <see cref="RedfishPaths.Normalize"/>; its last segment is the Redfish Id.</param>
/// <param name="ChassisType">Redfish <c>ChassisType</c> (<c>RackMount</c>, <c>Enclosure</c>, <c>Blade</c>…), if reported.</param>
/// <param name="ContainedBy">The path of the chassis that <c>Links.ContainedBy</c> names; null or empty for a top-level chassis.</param>
/// <param name="LinksSystems">True when <c>Links.ComputerSystems</c> names at least one System.</param>
public sealed record ChassisDescription(string Path, string? ChassisType, string? ContainedBy, bool LinksSystems)
{
    /// <summary>The last segment of the path, e.g. <c>Enclosure</c>, <c>Blade3</c>, <c>1U</c>.</summary>
    public string RedfishId => RedfishPaths.LastSegment(Path);

    /// <summary>True when no other chassis contains this one.</summary>
    public bool IsTopLevel => string.IsNullOrWhiteSpace(ContainedBy);
}
