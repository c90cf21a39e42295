using System.Text.Json;

namespace SysMgmt.Smd.Hardware;

/// <summary>Rows to wire records.</summary>
internal static class HardwareProjections
{
    public static HardwareLocation ToContract(HardwareLocationEntity row)
    {
        var kind = HardwareKinds.Get(row.Type);
        return new HardwareLocation(row.Id, row.Ordinal, row.Status, kind, Parse(row.LocationInfo), row.Fru is { } fru ? ToContract(fru) : null);
    }

    public static HardwareFru ToContract(HardwareFruEntity row) =>
        new(row.FruId, row.Subtype, HardwareKinds.Get(row.Type), Parse(row.FruInfo));

    private static JsonElement Parse(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.Clone();
    }
}
