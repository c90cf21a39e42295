using System.ComponentModel.DataAnnotations;

namespace SysMgmt.Smd.Inventory;

/// <summary>The inventory gRPC service (<c>Smd:Grpc</c>, docs/grpc.md): how WatchChanges paces its stream.</summary>
public sealed class InventoryGrpcOptions
{
    public const string SectionName = "Smd:Grpc";

    /// <summary>An idle WatchChanges stream sends a Heartbeat this often, so clients can tell quiet from dead.</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "01:00:00")]
    public TimeSpan HeartbeatInterval { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>
    /// A stream looks for new changes this often even without a notification (the notification connection may be
    /// down); changes normally arrive at once, woken by the feed's NOTIFY.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00.050", "00:10:00")]
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>How many changes one read of the feed takes (each page's node views are read in one query).</summary>
    [Range(1, 10_000)]
    public int PageSize { get; set; } = 1000;
}
