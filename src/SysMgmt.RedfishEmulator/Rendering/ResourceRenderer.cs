using System.Buffers;
using System.Text.Json;
using System.Text.Json.Nodes;
using SysMgmt.RedfishEmulator.Bmcs;
using SysMgmt.RedfishEmulator.Mockups;

namespace SysMgmt.RedfishEmulator.Rendering;

/// <summary>
/// Writes a shared mockup resource as one BMC's: identity values rewritten, its own address on the service NIC
/// and the BMC's changes laid over, and collections paged or expanded. The mockup itself is never modified.
/// </summary>
internal static class ResourceRenderer
{
    private const string MembersProperty = "Members";
    private const string NextLinkProperty = "Members@odata.nextLink";
    private const string CountProperty = "Members@odata.count";
    private const string IdProperty = "@odata.id";

    public static byte[] Render(EmulatedBmc bmc, MockupResource resource, CollectionView view)
    {
        var buffer = new ArrayBufferWriter<byte>(4096);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            WriteResource(writer, bmc, resource, view);
        }

        return buffer.WrittenSpan.ToArray();
    }

    public static byte[] Render(JsonNode node) => JsonSerializer.SerializeToUtf8Bytes(node, EmulatorJsonContext.Default.JsonNode);

    private static void WriteResource(Utf8JsonWriter writer, EmulatedBmc bmc, MockupResource resource, CollectionView view)
    {
        var overlay = ServiceAddressOverlay.For(bmc, resource);
        if (!resource.IsCollection)
        {
            WriteValue(writer, bmc, null, resource.Body, overlay);
            return;
        }

        writer.WriteStartObject();
        foreach (var property in resource.Body.EnumerateObject())
        {
            if (property.Name is not (MembersProperty or NextLinkProperty or CountProperty))
            {
                writer.WritePropertyName(property.Name);
                WriteValue(writer, bmc, property.Name, property.Value, overlay?[property.Name] as JsonObject);
            }
        }

        var members = view.MemberPaths ?? MemberPaths(resource.Body);
        var page = view.PageSize > 0 ? members.Skip(view.Skip).Take(view.PageSize).ToList() : members;
        writer.WriteNumber(CountProperty, members.Count);
        writer.WriteStartArray(MembersProperty);
        foreach (var member in page)
        {
            if (view.Expand && bmc.Mockup.TryGetResource(member, out var memberResource))
            {
                WriteResource(writer, bmc, memberResource, CollectionView.Whole);
            }
            else
            {
                writer.WriteStartObject();
                writer.WriteString(IdProperty, member);
                writer.WriteEndObject();
            }
        }

        writer.WriteEndArray();
        if (view.PageSize > 0 && view.Skip + view.PageSize < members.Count)
        {
            var expand = view.Expand ? "&$expand=." : string.Empty;
            writer.WriteString(NextLinkProperty, $"{resource.Path}?$skip={view.Skip + view.PageSize}{expand}");
        }

        writer.WriteEndObject();
    }

    private static List<string> MemberPaths(JsonElement collection) =>
    [
        .. collection.GetProperty(MembersProperty).EnumerateArray()
            .Select(m => m.ValueKind == JsonValueKind.Object && m.TryGetProperty(IdProperty, out var id) ? id.GetString() : null)
            .OfType<string>(),
    ];

    private static void WriteValue(Utf8JsonWriter writer, EmulatedBmc bmc, string? name, JsonElement value, JsonObject? overlay)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.Object:
                WriteObject(writer, bmc, value, overlay);
                break;
            case JsonValueKind.Array:
                writer.WriteStartArray();
                foreach (var item in value.EnumerateArray())
                {
                    WriteValue(writer, bmc, name, item, null);
                }

                writer.WriteEndArray();
                break;
            case JsonValueKind.String:
                writer.WriteStringValue(IdentityRewriter.Rewrite(bmc, name, value.GetString()!));
                break;
            default:
                value.WriteTo(writer);
                break;
        }
    }

    private static void WriteObject(Utf8JsonWriter writer, EmulatedBmc bmc, JsonElement value, JsonObject? overlay)
    {
        writer.WriteStartObject();
        foreach (var property in value.EnumerateObject())
        {
            writer.WritePropertyName(property.Name);
            if (overlay is null || !overlay.TryGetPropertyValue(property.Name, out var replacement))
            {
                WriteValue(writer, bmc, property.Name, property.Value, null);
            }
            else if (replacement is JsonObject nested && property.Value.ValueKind == JsonValueKind.Object)
            {
                WriteObject(writer, bmc, property.Value, nested);
            }
            else
            {
                WriteNode(writer, replacement);
            }
        }

        // Properties the BMC added that the mockup lacks.
        foreach (var (name, node) in overlay ?? [])
        {
            if (!value.TryGetProperty(name, out _))
            {
                writer.WritePropertyName(name);
                WriteNode(writer, node);
            }
        }

        writer.WriteEndObject();
    }

    private static void WriteNode(Utf8JsonWriter writer, JsonNode? node)
    {
        if (node is null)
        {
            writer.WriteNullValue();
        }
        else
        {
            node.WriteTo(writer);
        }
    }
}
