namespace SysMgmt.Smd.Hardware;

/// <summary>A row of <c>smd.hwinv_by_fru</c>: a field-replaceable unit, wherever it is.</summary>
public sealed class HardwareFruEntity
{
    public required string FruId { get; set; }
    public required string Type { get; set; }
    public string Subtype { get; set; } = "";
    public string Manufacturer { get; set; } = "";
    public string PartNumber { get; set; } = "";
    public string SerialNumber { get; set; } = "";
    public required string FruInfo { get; set; }
}
