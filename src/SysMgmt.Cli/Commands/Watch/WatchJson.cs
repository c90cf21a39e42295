using System.Text.Json.Nodes;
using SysMgmt.Inventory.V1;

namespace SysMgmt.Cli.Commands.Watch;

/// <summary>
/// The JSON lines of <c>sysmgmt watch</c>: one object per line with a <c>type</c> (snapshot, node, change, resync).
/// Numbers are numbers (not the strings of protobuf's JSON mapping) and a change's data is the entity itself.
/// </summary>
internal static class WatchJson
{
    public static JsonObject Snapshot(SnapshotHeader header) =>
        new() { ["type"] = "snapshot", ["sequence"] = header.Sequence, ["nodeCount"] = header.NodeCount };

    /// <summary>A snapshot taken after SMD told the follower to resync (its nodes are not printed unless asked for).</summary>
    public static JsonObject Resync(SnapshotHeader header) =>
        new() { ["type"] = "resync", ["sequence"] = header.Sequence, ["nodeCount"] = header.NodeCount };

    public static JsonObject Node(Node node)
    {
        var json = NodeBody(node);
        json.Insert(0, "type", "node");
        return json;
    }

    public static JsonObject Change(Change change)
    {
        var json = new JsonObject
        {
            ["type"] = "change",
            ["sequence"] = change.Sequence,
            ["timestamp"] = change.Timestamp?.ToDateTime().ToString("yyyy-MM-ddTHH:mm:ss.ffffffZ", System.Globalization.CultureInfo.InvariantCulture),
            ["kind"] = change.Kind,
            ["operation"] = change.Operation,
            ["id"] = change.Id,
        };
        if (change.Fields.Count > 0)
        {
            json["fields"] = new JsonArray([.. change.Fields.Select(f => JsonValue.Create(f))]);
        }

        if (change.DataJson.Length > 0)
        {
            json["data"] = JsonNode.Parse(change.DataJson);
        }

        switch (change.EffectCase)
        {
            case Inventory.V1.Change.EffectOneofCase.Node:
                json["node"] = NodeBody(change.Node);
                break;
            case Inventory.V1.Change.EffectOneofCase.RemovedNode:
                json["removedNode"] = change.RemovedNode;
                break;
        }

        if (change.RemovedMac.Length > 0)
        {
            json["removedMac"] = change.RemovedMac;
        }

        return json;
    }

    private static JsonObject NodeBody(Node node) => new()
    {
        ["xname"] = node.Xname,
        ["nid"] = node.HasNid ? node.Nid : null,
        ["role"] = node.Role,
        ["subRole"] = node.SubRole,
        ["enabled"] = node.Enabled,
        ["state"] = node.State,
        ["flag"] = node.Flag,
        ["arch"] = node.Arch,
        ["class"] = node.Class,
        ["fqdn"] = node.Fqdn,
        ["interfaces"] = new JsonArray([.. node.Interfaces.Select(i => new JsonObject
        {
            ["mac"] = i.Mac,
            ["ipAddresses"] = new JsonArray([.. i.IpAddresses.Select(ip => JsonValue.Create(ip))]),
            ["description"] = i.Description,
        })]),
        ["groups"] = new JsonArray([.. node.Groups.Select(g => JsonValue.Create(g))]),
        ["partition"] = node.Partition,
    };
}
