using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;

namespace SysMgmt.Discovery.Collection;

/// <summary>Builds the JSON objects of the SMD payloads from what the BMC sent.</summary>
internal static class RedfishJson
{
    /// <summary>The resource as JSON again, unknown properties included (they were kept as extension data).</summary>
    public static JsonObject ToObject<T>(T resource, JsonTypeInfo<T> type) =>
        JsonSerializer.SerializeToNode(resource, type) as JsonObject ?? [];

    /// <summary>
    /// The named properties of <paramref name="source"/> that have a value, under those names; names match
    /// case-insensitively, since BMCs are not consistent. Empty strings and nulls are left out.
    /// </summary>
    public static JsonObject Pick(JsonObject source, params string[] names)
    {
        var picked = new JsonObject();
        foreach (var name in names)
        {
            var value = source.FirstOrDefault(p => string.Equals(p.Key, name, StringComparison.OrdinalIgnoreCase)).Value;
            if (value is not null && !(value is JsonValue v && v.GetValueKind() == JsonValueKind.String && v.GetValue<string>().Length == 0))
            {
                picked[name] = value.DeepClone();
            }
        }

        return picked;
    }

    /// <summary>A JSON array of strings, or null for none (so the key is left out).</summary>
    public static JsonArray? Strings(IEnumerable<string?>? values) =>
        values?.OfType<string>().Where(v => v.Length > 0).ToList() is { Count: > 0 } list ? new JsonArray([.. list.Select(v => JsonValue.Create(v))]) : null;

    /// <summary>Adds <paramref name="value"/> unless it is null or an empty string.</summary>
    public static JsonObject With(this JsonObject target, string name, JsonNode? value)
    {
        if (value is not null && !(value is JsonValue v && v.GetValueKind() == JsonValueKind.String && v.GetValue<string>().Length == 0))
        {
            target[name] = value;
        }

        return target;
    }

    public static JsonObject With(this JsonObject target, string name, string? value) =>
        target.With(name, value is null ? null : JsonValue.Create(value));
}
