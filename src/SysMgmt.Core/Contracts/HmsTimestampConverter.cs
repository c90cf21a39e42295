using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace SysMgmt.Core.Contracts;

/// <summary>
/// Timestamps as the HMS services write them: UTC, microseconds, <c>Z</c> (<c>2018-09-07T17:23:43.362583Z</c>).
/// Any RFC 3339 form is accepted on input.
/// </summary>
public sealed class HmsTimestampConverter : JsonConverter<DateTimeOffset>
{
    public const string Format = "yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'";

    public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        DateTimeOffset.Parse(reader.GetString()!, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);

    public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.UtcDateTime.ToString(Format, CultureInfo.InvariantCulture));
}
