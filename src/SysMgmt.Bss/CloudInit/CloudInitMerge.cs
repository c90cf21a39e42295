using System.Text.Json;
using System.Text.Json.Nodes;

namespace SysMgmt.Bss.CloudInit;

/// <summary>
/// Layers cloud-init objects, later layers winning: objects merge key by key at every depth, anything else
/// (lists included) replaces, as the anchors' <c>mergeMaps</c> does. Pure; the inputs are never changed.
/// </summary>
internal static class CloudInitMerge
{
    public static JsonObject Merge(params ReadOnlySpan<JsonElement?> layers)
    {
        var result = new JsonObject();
        foreach (var layer in layers)
        {
            if (layer is { ValueKind: JsonValueKind.Object } value)
            {
                MergeInto(result, value);
            }
        }

        return result;
    }

    private static void MergeInto(JsonObject target, JsonElement source)
    {
        foreach (var property in source.EnumerateObject())
        {
            if (property.Value.ValueKind == JsonValueKind.Object && target[property.Name] is JsonObject existing)
            {
                MergeInto(existing, property.Value);
            }
            else
            {
                target[property.Name] = JsonNode.Parse(property.Value.GetRawText());
            }
        }
    }

    /// <summary>The value at a dotted path (<c>?key=a.b.c</c>), or null when any step is missing or not an object.</summary>
    public static JsonNode? Lookup(JsonObject root, string dottedKey, out bool found)
    {
        JsonNode? current = root;
        foreach (var part in dottedKey.Split('.'))
        {
            if (current is not JsonObject obj || !obj.TryGetPropertyValue(part, out current))
            {
                found = false;
                return null;
            }
        }

        found = true;
        return current;
    }
}
