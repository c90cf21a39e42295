namespace SysMgmt.Smd.Hardware;

/// <summary><c>{"Components":[{"ID":…,"History":[…]}]}</c>, grouped by location or by FRU.</summary>
internal sealed record HardwareHistoryCollection(IReadOnlyList<HardwareHistory> Components);
