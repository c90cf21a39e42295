using System.Text.Json;
using System.Text.Json.Nodes;

namespace SysMgmt.RedfishEmulator.Requests;

internal static class JsonBodies
{
    /// <summary>The request body as a JSON object, or null when it is not one.</summary>
    public static async Task<JsonObject?> ReadObjectAsync(BmcRequest request)
    {
        try
        {
            return await JsonNode.ParseAsync(request.Http.Request.Body, cancellationToken: request.Aborted) as JsonObject;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    public static string? GetString(JsonNode? node) =>
        node is JsonValue value && value.GetValueKind() == JsonValueKind.String ? value.GetValue<string>() : null;
}
