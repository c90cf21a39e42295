namespace SysMgmt.Smd.Hardware;

/// <summary>What one POST stores: each location once, each FRU once.</summary>
internal sealed record HardwareBatch(IReadOnlyList<NewHardwareLocation> Locations, IReadOnlyList<NewHardwareFru> Frus);
