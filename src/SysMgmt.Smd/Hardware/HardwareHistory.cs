namespace SysMgmt.Smd.Hardware;

/// <summary>The events of one location or FRU: <c>{"ID":…,"History":[…]}</c>, oldest first.</summary>
internal sealed record HardwareHistory(string ID, IReadOnlyList<HardwareHistoryEntry> History);
