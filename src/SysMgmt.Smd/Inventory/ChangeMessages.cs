using System.Text.Json;
using Google.Protobuf.WellKnownTypes;
using SysMgmt.Inventory.V1;
using SysMgmt.Smd.Changes;
using FeedChange = SysMgmt.Smd.Changes.Change;

namespace SysMgmt.Smd.Inventory;

/// <summary>Turns the feed's changes into <c>sysmgmt.inventory.v1.Change</c> messages with their effect on the node view.</summary>
internal static class ChangeMessages
{
    /// <summary>The component whose node view a change touches, or null.</summary>
    public static string? NodeOf(FeedChange change) => change.Kind switch
    {
        ChangeKinds.Component or ChangeKinds.Membership => change.ID,
        ChangeKinds.EthernetInterface when change.Data is { } data
            && data.TryGetProperty("ComponentID", out var owner) && owner.ValueKind == JsonValueKind.String
            && owner.GetString() is { Length: > 0 } xname => xname,
        _ => null,
    };

    /// <summary>
    /// The message for <paramref name="change"/>; <paramref name="nodes"/> holds the current views of the nodes the
    /// page touches (a component that is missing from it is deleted, or not a node).
    /// </summary>
    public static SysMgmt.Inventory.V1.Change ToMessage(FeedChange change, IReadOnlyDictionary<string, Node> nodes)
    {
        var message = new SysMgmt.Inventory.V1.Change
        {
            Sequence = (ulong)change.Sequence,
            Timestamp = Timestamp.FromDateTimeOffset(change.Timestamp),
            Kind = change.Kind,
            Operation = change.Operation,
            Id = change.ID,
            DataJson = change.Data?.GetRawText() ?? "",
        };
        if (change.Fields is { } fields)
        {
            message.Fields.AddRange(fields);
        }

        if (NodeOf(change) is { } xname)
        {
            if (nodes.TryGetValue(xname, out var node))
            {
                message.Node = node;
            }
            else if (change.Kind == ChangeKinds.Component
                && (change.Operation == ChangeOperations.Deleted || change.Fields?.Contains("Type") == true))
            {
                // Deleted, or no longer of Type Node: followers drop it (a deleted component that was never a node
                // is named too, since the feed keeps no Data for deletions; dropping an unknown xname does nothing).
                message.RemovedNode = xname;
            }
        }

        // A deleted interface, or one that belongs to no node now (unassigned, or a BMC's): no node has its MAC.
        if (change.Kind == ChangeKinds.EthernetInterface
            && (change.Operation == ChangeOperations.Deleted || message.EffectCase != SysMgmt.Inventory.V1.Change.EffectOneofCase.Node))
        {
            message.RemovedMac = NodeViewReader.MacFromId(change.ID);
        }

        return message;
    }
}
