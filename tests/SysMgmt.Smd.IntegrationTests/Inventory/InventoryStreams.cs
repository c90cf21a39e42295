using Grpc.Core;
using SysMgmt.Inventory.V1;

namespace SysMgmt.Smd.IntegrationTests.Inventory;

/// <summary>Reads the inventory service's streams in tests, each within a deadline.</summary>
internal static class InventoryStreams
{
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    public static async Task<(SnapshotHeader Header, List<Node> Nodes)> SnapshotAsync(this SysMgmt.Inventory.V1.Inventory.InventoryClient client)
    {
        using var call = client.Snapshot(new SnapshotRequest(), deadline: DateTime.UtcNow + Patience);
        var messages = await call.ResponseStream.ReadAllAsync().ToListAsync();
        return (messages[0].Header, [.. messages.Skip(1).Select(m => m.Node)]);
    }

    /// <summary>The first <paramref name="count"/> messages of WatchChanges(since), or fewer when the stream ends first.</summary>
    public static async Task<List<WatchMessage>> WatchAsync(this SysMgmt.Inventory.V1.Inventory.InventoryClient client, ulong since, int count, bool skipHeartbeats = true)
    {
        using var cancel = new CancellationTokenSource(Patience);
        using var call = client.WatchChanges(new WatchRequest { Since = since }, cancellationToken: cancel.Token);
        var messages = new List<WatchMessage>();
        while (messages.Count < count && await call.ResponseStream.MoveNext(cancel.Token))
        {
            if (!skipHeartbeats || call.ResponseStream.Current.ItemCase != WatchMessage.ItemOneofCase.Heartbeat)
            {
                messages.Add(call.ResponseStream.Current);
            }
        }

        return messages;
    }

    /// <summary>The nodes one per line as JSON, in xname order, so that a difference reads easily.</summary>
    public static string Format(IEnumerable<Node> nodes) =>
        string.Join("\n", nodes.OrderBy(n => n.Xname, StringComparer.Ordinal).Select(n => n.ToString()));
}
