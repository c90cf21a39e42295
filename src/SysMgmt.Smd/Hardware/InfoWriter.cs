using System.Text.Json;

namespace SysMgmt.Smd.Hardware;

/// <summary>
/// Writes a LocationInfo/FRUInfo object in its canonical shape: the struct's fields in the anchors' order and
/// spelling (keys are matched case-insensitively, as Go does), absent fields at their defaults or left out when
/// <c>omitempty</c>, unknown fields dropped. The same pass validates a request body and restores the field order
/// of stored objects (jsonb keeps its own key order).
/// </summary>
internal static class InfoWriter
{
    /// <summary>Writes <paramref name="input"/> (an object, or absent) as <paramref name="shape"/>; problems go to <paramref name="errors"/>.</summary>
    public static void Write(Utf8JsonWriter writer, JsonElement input, InfoShape shape, string path, List<string>? errors)
    {
        writer.WriteStartObject();
        foreach (var field in shape.Fields)
        {
            var found = TryGet(input, field.Name, out var value) && !IsEmpty(value);
            if (!found && field.OmitEmpty)
            {
                continue;
            }

            writer.WritePropertyName(field.Name);
            var fieldPath = path + "." + field.Name;
            if (!found)
            {
                WriteDefault(writer, field, fieldPath);
                continue;
            }

            if (!TryWriteValue(writer, field, value, fieldPath, errors))
            {
                errors?.Add($"field '{fieldPath}' has the wrong type: expected {Expected(field.Kind)}");
                WriteDefault(writer, field, fieldPath);
            }
        }

        writer.WriteEndObject();
    }

    /// <summary>The text of a string (or number) field of <paramref name="info"/>, or "" when absent.</summary>
    public static string Text(JsonElement info, string name) =>
        TryGet(info, name, out var value) ? value.ValueKind switch
        {
            JsonValueKind.String => value.GetString()!,
            JsonValueKind.Number => value.GetRawText(),
            _ => "",
        } : "";

    /// <summary>A property by name: exact first, then case-insensitively. False for anything but an object.</summary>
    public static bool TryGet(JsonElement element, string name, out JsonElement value)
    {
        value = default;
        if (element.ValueKind != JsonValueKind.Object)
        {
            return false;
        }

        if (element.TryGetProperty(name, out value))
        {
            return true;
        }

        foreach (var property in element.EnumerateObject())
        {
            if (string.Equals(property.Name, name, StringComparison.OrdinalIgnoreCase))
            {
                value = property.Value;
                return true;
            }
        }

        return false;
    }

    private static bool IsEmpty(JsonElement value) =>
        value.ValueKind is JsonValueKind.Null or JsonValueKind.Undefined
        || (value.ValueKind == JsonValueKind.String && value.GetString()!.Length == 0);

    private static bool TryWriteValue(Utf8JsonWriter writer, InfoField field, JsonElement value, string path, List<string>? errors)
    {
        switch (field.Kind, value.ValueKind)
        {
            case (InfoFieldKind.String, JsonValueKind.String):
                writer.WriteStringValue(value.GetString());
                return true;
            case (InfoFieldKind.String, JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False):
                writer.WriteStringValue(value.GetRawText());
                return true;
            case (InfoFieldKind.Number, JsonValueKind.Number):
                writer.WriteRawValue(value.GetRawText());
                return true;
            case (InfoFieldKind.Number, JsonValueKind.String) when IsNumber(value.GetString()!.Trim()):
                writer.WriteRawValue(value.GetString()!.Trim());
                return true;
            case (InfoFieldKind.Boolean, JsonValueKind.True or JsonValueKind.False):
                writer.WriteBooleanValue(value.GetBoolean());
                return true;
            case (InfoFieldKind.Boolean, JsonValueKind.String) when bool.TryParse(value.GetString(), out var flag):
                writer.WriteBooleanValue(flag);
                return true;
            case (InfoFieldKind.Object, JsonValueKind.Object):
                Write(writer, value, field.Shape!, path, errors);
                return true;
            case (InfoFieldKind.Raw, _):
                value.WriteTo(writer);
                return true;
            default:
                return false;
        }
    }

    private static void WriteDefault(Utf8JsonWriter writer, InfoField field, string path)
    {
        switch (field.Kind)
        {
            case InfoFieldKind.String:
                writer.WriteStringValue("");
                break;
            case InfoFieldKind.Number:
                writer.WriteNumberValue(0);
                break;
            case InfoFieldKind.Boolean:
                writer.WriteBooleanValue(false);
                break;
            case InfoFieldKind.Object:
                Write(writer, default, field.Shape!, path, errors: null);
                break;
            default:
                writer.WriteNullValue();
                break;
        }
    }

    private static bool IsNumber(string text)
    {
        var reader = new Utf8JsonReader(System.Text.Encoding.UTF8.GetBytes(text));
        try
        {
            return reader.Read() && reader.TokenType == JsonTokenType.Number && !reader.Read();
        }
        catch (JsonException)
        {
            return false;
        }
    }

    private static string Expected(InfoFieldKind kind) => kind switch
    {
        InfoFieldKind.String => "a string",
        InfoFieldKind.Number => "a number",
        InfoFieldKind.Boolean => "true or false",
        _ => "an object",
    };
}
