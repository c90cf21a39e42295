using System.Text.Json;
using System.Text.Json.Serialization;

namespace SysMgmt.Core.Time;

/// <summary>Writes a timestamp as <see cref="Rfc3339.Format"/> does and reads any RFC 3339 timestamp.</summary>
public sealed class Rfc3339MicrosecondsConverter : JsonConverter<DateTimeOffset>
{
    public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.String && Rfc3339.TryParse(reader.GetString(), out var value)
            ? value
            : throw new JsonException("The JSON value could not be converted to System.DateTimeOffset.");

    public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options) =>
        writer.WriteStringValue(Rfc3339.Format(value));
}
