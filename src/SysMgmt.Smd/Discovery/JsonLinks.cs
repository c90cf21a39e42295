using System.Text.Json;
using SysMgmt.Core.Discovery;

namespace SysMgmt.Smd.Discovery;

/// <summary>Reading loosely shaped Redfish JSON: links that are strings or <c>{"@odata.id"}</c> objects, keys in any case.</summary>
internal static class JsonLinks
{
    public static string? Path(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => RedfishPaths.Normalize(element.GetString()),
        JsonValueKind.Object when Property(element, "@odata.id") is { ValueKind: JsonValueKind.String } id => RedfishPaths.Normalize(id.GetString()),
        _ => null,
    };

    public static IReadOnlyList<string> Paths(IEnumerable<JsonElement>? elements) =>
        elements is null ? [] : [.. elements.Select(Path).OfType<string>().Where(p => p.Length > 0)];

    /// <summary>A property by name, ignoring case (Redfish and agents disagree on case).</summary>
    public static JsonElement? Property(JsonElement element, string name)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        foreach (var property in element.EnumerateObject())
        {
            if (property.NameEquals(name) || property.Name.Equals(name, StringComparison.OrdinalIgnoreCase))
            {
                return property.Value;
            }
        }

        return null;
    }

    public static string String(JsonElement element, string name) =>
        Property(element, name) is { ValueKind: JsonValueKind.String } value ? value.GetString() ?? "" : "";
}
