using System.Text.Json.Nodes;

namespace SysMgmt.Discovery.IntegrationTests.Infrastructure;

/// <summary>Reads what SMD holds, through its API.</summary>
public static class SmdState
{
    public static async Task<JsonNode> GetNodeAsync(this HttpClient smd, string path) =>
        JsonNode.Parse(await smd.GetStringAsync(path, TestContext.Current.CancellationToken))!;

    public static async Task<List<JsonObject>> ListAsync(this HttpClient smd, string path, string? envelope = null)
    {
        var body = await smd.GetNodeAsync(path);
        var items = envelope is null ? body.AsArray() : body[envelope]!.AsArray();
        return [.. items.Select(i => i!.AsObject())];
    }

    /// <summary>
    /// Everything a discovery writes, as text: components, interfaces, component and service endpoints, Redfish
    /// endpoints (with their DiscoveryInfo), hardware and its history. Two equal snapshots mean nothing changed.
    /// </summary>
    public static async Task<string> SnapshotAsync(this HttpClient smd)
    {
        var parts = new List<string>();
        foreach (var path in (string[])[
            "/hsm/v2/State/Components", "/hsm/v2/Inventory/EthernetInterfaces", "/hsm/v2/Inventory/ComponentEndpoints",
            "/hsm/v2/Inventory/ServiceEndpoints", "/hsm/v2/Inventory/RedfishEndpoints", "/hsm/v2/Inventory/Hardware",
            "/hsm/v2/Inventory/Hardware/History"])
        {
            var body = await smd.GetNodeAsync(path);
            Strip(body, "LastDiscoveryAttempt");
            parts.Add($"{path}\n{body.ToJsonString()}");
        }

        return string.Join("\n", parts);
    }

    /// <summary>Removes a timestamp that a re-run rightly refreshes.</summary>
    private static void Strip(JsonNode? node, string name)
    {
        switch (node)
        {
            case JsonObject obj:
                obj.Remove(name);
                foreach (var (_, child) in obj)
                {
                    Strip(child, name);
                }

                break;
            case JsonArray array:
                foreach (var child in array)
                {
                    Strip(child, name);
                }

                break;
        }
    }
}
