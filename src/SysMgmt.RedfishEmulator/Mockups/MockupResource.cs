using System.Text.Json;

namespace SysMgmt.RedfishEmulator.Mockups;

/// <summary>One resource of a mockup: its parsed body, shared read-only by every BMC that serves it.</summary>
public sealed class MockupResource(string path, JsonElement body)
{
    /// <summary>The URI path, e.g. <c>/redfish/v1/Systems/1</c> (no trailing slash).</summary>
    public string Path { get; } = path;

    public JsonElement Body { get; } = body;

    /// <summary>True for a resource collection (a <c>Members</c> array).</summary>
    public bool IsCollection { get; } =
        body.ValueKind == JsonValueKind.Object && body.TryGetProperty("Members", out var members) && members.ValueKind == JsonValueKind.Array;
}
