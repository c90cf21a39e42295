using System.Net;
using System.Text.Json.Nodes;
using SysMgmt.Core.Discovery;
using SysMgmt.Core.Xnames;
using SysMgmt.Discovery.Collection;
using SysMgmt.Discovery.Formats;

namespace SysMgmt.Discovery.Smd;

/// <summary>
/// Sends one BMC's payload to SMD so that a re-run converges: POST the RedfishEndpoint, and PUT it when SMD
/// answers 409 (a MAC or the FQDN is recorded for another endpoint: the newer discovery wins); then the hardware,
/// under the node xnames SMD actually uses for the BMC's Systems. SMD keeps a System's node across discoveries,
/// which the agent cannot know, so it asks, unless SMD just created the endpoint: then SMD numbered the Systems
/// afresh, by the same rule (<see cref="NodeLocations"/>) the agent used.
/// </summary>
public sealed class InventorySender(SmdClient smd)
{
    public async Task<SendResult> SendAsync(BmcPayload payload, CancellationToken cancellationToken)
    {
        var id = payload.Id.Value;
        var answer = await smd.PostAsync(SmdClient.RedfishEndpointsPath, payload.Endpoint, cancellationToken);
        var action = answer.Status == HttpStatusCode.Created ? SendAction.Created : SendAction.Updated;
        if (answer.Status == HttpStatusCode.Conflict)
        {
            answer = await smd.PutAsync($"{SmdClient.RedfishEndpointsPath}/{id}", payload.Endpoint, cancellationToken);
            action = SendAction.Replaced;
        }

        if (!answer.IsSuccess)
        {
            return SendResult.Failed($"SMD refused the RedfishEndpoint: {answer.Describe()}");
        }

        if (payload.Hardware.Count == 0)
        {
            return new SendResult(action, 0, null);
        }

        Dictionary<string, string> renames = [];
        if (action != SendAction.Created)
        {
            var (map, error) = await NodeRenamesAsync(payload, cancellationToken);
            if (error is not null)
            {
                return SendResult.Failed(error);
            }

            renames = map!;
        }

        var hardware = new JsonObject { ["Hardware"] = Rename(payload.Hardware, renames) };
        answer = await smd.PostAsync(SmdClient.HardwarePath, hardware, cancellationToken);
        return answer.IsSuccess
            ? new SendResult(action, CountLocations(payload.Hardware), null)
            : SendResult.Failed($"SMD refused the hardware inventory: {answer.Describe()}");
    }

    /// <summary>Node xnames the agent assumed that SMD numbers differently (a System it already knew).</summary>
    private async Task<(Dictionary<string, string>? Map, string? Error)> NodeRenamesAsync(BmcPayload payload, CancellationToken cancellationToken)
    {
        var paths = (payload.Endpoint["Systems"] as JsonArray ?? []).Select(s => s?["uri"].AsString()).OfType<string>().ToList();
        if (paths.Count == 0 || payload.Id.Type != XnameType.NodeBMC)
        {
            return ([], null);
        }

        var answer = await smd.GetAsync($"{SmdClient.ComponentEndpointsPath}?redfish_ep={payload.Id.Value}&type=Node", cancellationToken);
        if (!answer.IsSuccess)
        {
            return (null, $"SMD did not list the BMC's nodes: {answer.Describe()}");
        }

        var assumed = NodeLocations.Assign(payload.Id, paths, new Dictionary<string, string>());
        var renames = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var endpoint in answer.Body?["ComponentEndpoints"] as JsonArray ?? [])
        {
            if (endpoint?["OdataID"].AsString() is { } path && endpoint["ID"].AsString() is { } actual
                && assumed.TryGetValue(path, out var node) && node.Value != actual)
            {
                renames[node.Value] = actual;
            }
        }

        return (renames, null);
    }

    /// <summary>The locations with every ID under a renamed node moved to its new node (children follow).</summary>
    private static JsonArray Rename(JsonArray locations, Dictionary<string, string> renames)
    {
        var copy = (JsonArray)locations.DeepClone();
        if (renames.Count > 0)
        {
            foreach (var location in copy)
            {
                RenameIn(location, renames);
            }
        }

        return copy;
    }

    private static void RenameIn(JsonNode? node, Dictionary<string, string> renames)
    {
        switch (node)
        {
            case JsonObject location:
                if (location["ID"].AsString() is { } id && Renamed(id, renames) is { } renamed)
                {
                    location["ID"] = renamed;
                }

                foreach (var (_, child) in location.Where(p => p.Value is JsonArray).ToList())
                {
                    RenameIn(child, renames);
                }

                break;
            case JsonArray array:
                foreach (var child in array)
                {
                    RenameIn(child, renames);
                }

                break;
        }
    }

    /// <summary>
    /// <paramref name="id"/> with its node part renamed: the node itself, or a part of it (the node xname followed
    /// by a letter: <c>…n1p0</c> is part of <c>…n1</c>, <c>…n10</c> is not).
    /// </summary>
    private static string? Renamed(string id, Dictionary<string, string> renames)
    {
        foreach (var (from, to) in renames)
        {
            if (id.StartsWith(from, StringComparison.Ordinal) && (id.Length == from.Length || char.IsAsciiLetter(id[from.Length])))
            {
                return to + id[from.Length..];
            }
        }

        return null;
    }

    private static int CountLocations(JsonArray locations) =>
        locations.OfType<JsonObject>().Sum(l => 1 + l.Where(p => p.Value is JsonArray).Sum(p => CountLocations((JsonArray)p.Value!)));
}
