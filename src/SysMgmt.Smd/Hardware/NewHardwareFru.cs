namespace SysMgmt.Smd.Hardware;

/// <summary>A validated FRU of a POST body; <see cref="FruInfo"/> is canonical JSON.</summary>
internal sealed record NewHardwareFru(
    string FruId, string Type, string Subtype, string Manufacturer, string PartNumber, string SerialNumber, string FruInfo);
