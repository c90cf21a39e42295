using System.Text.Json;
using System.Text.Json.Serialization;

namespace SysMgmt.Smd.Hardware;

/// <summary>Writes a <see cref="SystemHardwareInventory"/>: <c>XName</c>, <c>Format</c>, then the non-empty arrays.</summary>
internal sealed class SystemHardwareInventoryConverter : JsonConverter<SystemHardwareInventory>
{
    public override SystemHardwareInventory Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        throw new NotSupportedException("SystemHWInventory is an answer only");

    public override void Write(Utf8JsonWriter writer, SystemHardwareInventory value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        writer.WriteString("XName", value.XName);
        writer.WriteString("Format", value.Format);
        HardwareLocationConverter.WriteArrays(writer, value.Arrays, options);
        writer.WriteEndObject();
    }
}
