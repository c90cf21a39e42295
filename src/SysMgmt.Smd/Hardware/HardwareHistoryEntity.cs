namespace SysMgmt.Smd.Hardware;

/// <summary>A row of <c>smd.hwinv_hist</c>: a FRU detected at or removed from a location.</summary>
public sealed class HardwareHistoryEntity
{
    public long Seq { get; set; }
    public required string Id { get; set; }
    public required string FruId { get; set; }
    public required string EventType { get; set; }
    public DateTimeOffset Timestamp { get; set; }
}
