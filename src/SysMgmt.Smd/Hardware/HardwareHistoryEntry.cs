namespace SysMgmt.Smd.Hardware;

/// <summary>One event: <c>{"ID","FRUID","Timestamp","EventType"}</c>; Timestamp is RFC 3339 in UTC.</summary>
internal sealed record HardwareHistoryEntry(string ID, string FRUID, string Timestamp, string EventType);
