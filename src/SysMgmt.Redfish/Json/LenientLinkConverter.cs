using System.Text.Json;
using System.Text.Json.Serialization;
using SysMgmt.Redfish.Models;

namespace SysMgmt.Redfish.Json;

/// <summary>
/// Reads a link however a BMC writes it: the schema's <c>{"@odata.id": …}</c>, an array of them where one is
/// expected (Intel's <c>Links.ContainedBy</c>; the first is taken), or a bare URI string.
/// </summary>
public sealed class LenientLinkConverter : JsonConverter<ODataLink>
{
    public override ODataLink? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.String:
                return new ODataLink { ODataId = reader.GetString() };
            case JsonTokenType.StartArray:
                ODataLink? first = null;
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    first ??= Read(ref reader, typeToConvert, options);
                    if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
                    {
                        reader.Skip();
                    }
                }

                return first;
            case JsonTokenType.StartObject:
                string? id = null;
                using (var document = JsonDocument.ParseValue(ref reader))
                {
                    if (document.RootElement.TryGetProperty("@odata.id", out var value) && value.ValueKind == JsonValueKind.String)
                    {
                        id = value.GetString();
                    }
                }

                return new ODataLink { ODataId = id };
            default:
                reader.Skip();
                return null;
        }
    }

    public override void Write(Utf8JsonWriter writer, ODataLink value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        writer.WriteString("@odata.id", value.ODataId);
        writer.WriteEndObject();
    }
}
