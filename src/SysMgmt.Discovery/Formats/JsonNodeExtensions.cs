using System.Text.Json.Nodes;

namespace SysMgmt.Discovery.Formats;

public static class JsonNodeExtensions
{
    /// <summary>The string value of <paramref name="node"/>, or null when it is missing or not a string.</summary>
    public static string? AsString(this JsonNode? node) =>
        node is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;
}
