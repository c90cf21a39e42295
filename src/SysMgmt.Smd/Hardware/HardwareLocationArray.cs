namespace SysMgmt.Smd.Hardware;

/// <summary>One named array of locations, e.g. <c>"Processors":[…]</c>.</summary>
internal sealed record HardwareLocationArray(string Name, IReadOnlyList<HardwareLocation> Locations);
