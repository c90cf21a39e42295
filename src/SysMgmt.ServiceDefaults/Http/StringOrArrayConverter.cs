using System.Text.Json;
using System.Text.Json.Serialization;

namespace SysMgmt.ServiceDefaults.Http;

/// <summary>
/// Reads <c>"x"</c> or <c>["x","y"]</c> as a list. The SMD spec documents body filters as strings while its
/// clients send arrays; both work here.
/// </summary>
public sealed class StringOrArrayConverter : JsonConverter<IReadOnlyList<string>>
{
    public override IReadOnlyList<string>? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.Null:
                return null;
            case JsonTokenType.String or JsonTokenType.Number or JsonTokenType.True or JsonTokenType.False:
                return [Scalar(ref reader)];
            case JsonTokenType.StartArray:
                var values = new List<string>();
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    values.Add(reader.TokenType is JsonTokenType.String or JsonTokenType.Number or JsonTokenType.True or JsonTokenType.False
                        ? Scalar(ref reader)
                        : throw new JsonException("The JSON value could not be converted to System.String."));
                }

                return values;
            default:
                throw new JsonException("The JSON value could not be converted to System.String[].");
        }
    }

    /// <summary>Filters such as <c>enabled</c> arrive as <c>"true"</c> or <c>true</c>; both mean the same.</summary>
    private static string Scalar(ref Utf8JsonReader reader) => reader.TokenType switch
    {
        JsonTokenType.String => reader.GetString()!,
        JsonTokenType.True => "true",
        JsonTokenType.False => "false",
        _ => System.Text.Encoding.UTF8.GetString(reader.ValueSpan),
    };

    public override void Write(Utf8JsonWriter writer, IReadOnlyList<string> value, JsonSerializerOptions options) =>
        JsonSerializer.Serialize(writer, value, options);
}
