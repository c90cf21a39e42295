using System.Text.Json;
using System.Text.Json.Serialization;
using SysMgmt.Core.Xnames;

namespace SysMgmt.Smd.Hardware;

/// <summary>Writes a <see cref="HardwareLocation"/> in the anchors' field order, nested children last.</summary>
internal sealed class HardwareLocationConverter : JsonConverter<HardwareLocation>
{
    private static readonly HardwareFruConverter s_fru = new();

    public override HardwareLocation Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        throw new NotSupportedException("HWInvByLoc is read by HardwareInventoryReader");

    public override void Write(Utf8JsonWriter writer, HardwareLocation value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        writer.WriteString("ID", value.ID);
        writer.WriteString("Type", XnameTypes.Name(value.Kind.Type));
        writer.WriteNumber("Ordinal", value.Ordinal);
        writer.WriteString("Status", value.Status);
        writer.WriteString("HWInventoryByLocationType", value.Kind.LocationType);
        writer.WritePropertyName(value.Kind.LocationInfoName);
        InfoWriter.Write(writer, value.LocationInfo, value.Kind.LocationShape, value.Kind.LocationInfoName, errors: null);
        if (value.PopulatedFRU is { } fru)
        {
            writer.WritePropertyName("PopulatedFRU");
            s_fru.Write(writer, fru, options);
        }

        WriteArrays(writer, value.Children, options);
        writer.WriteEndObject();
    }

    /// <summary>Writes each non-empty array as a property of the current object.</summary>
    public static void WriteArrays(Utf8JsonWriter writer, IReadOnlyList<HardwareLocationArray> arrays, JsonSerializerOptions options)
    {
        var converter = new HardwareLocationConverter();
        foreach (var array in arrays.Where(a => a.Locations.Count > 0))
        {
            writer.WriteStartArray(array.Name);
            foreach (var location in array.Locations)
            {
                converter.Write(writer, location, options);
            }

            writer.WriteEndArray();
        }
    }
}
