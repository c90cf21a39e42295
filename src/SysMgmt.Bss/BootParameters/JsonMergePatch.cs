using System.Text.Json;
using System.Text.Json.Nodes;

namespace SysMgmt.Bss.BootParameters;

/// <summary>RFC 7386 JSON merge patch on the object parts of cloud-init data. Pure.</summary>
internal static class JsonMergePatch
{
    /// <summary>
    /// Applies <paramref name="patch"/> to <paramref name="target"/>: not given leaves the target, null removes it,
    /// an object is merged member by member (null members delete, objects recurse, anything else replaces).
    /// </summary>
    public static JsonElement? Apply(JsonElement? target, JsonElement patch)
    {
        switch (patch.ValueKind)
        {
            case JsonValueKind.Undefined:
                return target;
            case JsonValueKind.Null:
                return null;
        }

        var merged = Merge(target is { } t ? JsonNode.Parse(t.GetRawText()) : null, JsonNode.Parse(patch.GetRawText()));
        return merged is JsonObject { Count: > 0 } result ? JsonSerializer.SerializeToElement(result) : null;
    }

    private static JsonNode? Merge(JsonNode? target, JsonNode? patch)
    {
        if (patch is not JsonObject patchObject)
        {
            return patch?.DeepClone();
        }

        var result = target as JsonObject ?? [];
        foreach (var (name, value) in patchObject)
        {
            if (value is null)
            {
                result.Remove(name);
            }
            else
            {
                var existing = result[name];
                result.Remove(name);
                result[name] = Merge(existing, value);
            }
        }

        return result;
    }
}
