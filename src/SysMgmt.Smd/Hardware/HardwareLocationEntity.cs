namespace SysMgmt.Smd.Hardware;

/// <summary>A row of <c>smd.hwinv_by_loc</c>: a location (xname) and the FRU it holds, if any.</summary>
public sealed class HardwareLocationEntity
{
    public required string Id { get; set; }
    public required string Type { get; set; }
    public int Ordinal { get; set; }
    public required string Status { get; set; }
    public required string ParentNode { get; set; }
    public required string LocationInfo { get; set; }
    public string? FruId { get; set; }
    public HardwareFruEntity? Fru { get; set; }
}
