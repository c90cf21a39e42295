using System.Text.Json;
using System.Text.Json.Serialization;
using SysMgmt.Core.Xnames;

namespace SysMgmt.Smd.Hardware;

/// <summary>Writes a <see cref="HardwareFru"/> with its type-specific FRUInfo in the anchors' field order.</summary>
internal sealed class HardwareFruConverter : JsonConverter<HardwareFru>
{
    public override HardwareFru Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        throw new NotSupportedException("HWInvByFRU is read by HardwareInventoryReader");

    public override void Write(Utf8JsonWriter writer, HardwareFru value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        writer.WriteString("FRUID", value.FRUID);
        writer.WriteString("Type", XnameTypes.Name(value.Kind.Type));
        writer.WriteString("Subtype", value.Subtype);
        writer.WriteString("HWInventoryByFRUType", value.Kind.FruType);
        writer.WritePropertyName(value.Kind.FruInfoName);
        InfoWriter.Write(writer, value.Info, value.Kind.FruShape, value.Kind.FruInfoName, errors: null);
        writer.WriteEndObject();
    }
}
