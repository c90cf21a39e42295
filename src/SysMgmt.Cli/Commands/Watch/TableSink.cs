using Spectre.Console;
using SysMgmt.Inventory.Grpc.Following;
using SysMgmt.Inventory.V1;

namespace SysMgmt.Cli.Commands.Watch;

/// <summary>The live table of <c>sysmgmt watch</c> on a terminal: the latest changes, newest last, redrawn as they come.</summary>
internal sealed class TableSink(int rows) : IInventorySink
{
    private readonly Queue<Text[]> _recent = new();

    public Table Table { get; } = new Table().Expand()
        .AddColumns("Seq", "Time", "Kind", "Operation", "ID", "Effect")
        .Caption("waiting for changes (Ctrl-C to stop)");

    /// <summary>Set once the live display runs; until then rows are only kept.</summary>
    public LiveDisplayContext? Context { get; set; }

    public async ValueTask ResetAsync(SnapshotHeader header, IAsyncEnumerable<Node> nodes, CancellationToken cancellationToken)
    {
        await foreach (var _ in nodes.WithCancellation(cancellationToken))
        {
        }

        Add([new(header.Sequence.ToString(System.Globalization.CultureInfo.InvariantCulture)), new(""), new("Snapshot"), new(""), new(""),
             new($"{header.NodeCount} nodes")]);
    }

    public ValueTask ApplyAsync(Change change, CancellationToken cancellationToken)
    {
        Add([
            new(change.Sequence.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            new(change.Timestamp?.ToDateTimeOffset().ToLocalTime().ToString("HH:mm:ss.fff", System.Globalization.CultureInfo.InvariantCulture) ?? ""),
            new(change.Kind),
            new(change.Operation, change.Operation == "Deleted" ? new Style(Color.Red) : Style.Plain),
            new(change.Id),
            new(Effect(change)),
        ]);
        return ValueTask.CompletedTask;
    }

    public ValueTask HeartbeatAsync(Heartbeat heartbeat, CancellationToken cancellationToken)
    {
        Table.Caption($"idle at sequence {heartbeat.LatestSequence}, last heard {DateTime.Now:HH:mm:ss} (Ctrl-C to stop)");
        Context?.Refresh();
        return ValueTask.CompletedTask;
    }

    /// <summary>What the change did to the node view, in a few words.</summary>
    public static string Effect(Change change)
    {
        var effect = change.EffectCase switch
        {
            Change.EffectOneofCase.Node => $"{change.Node.Xname} {change.Node.State}"
                + (change.Node.HasNid ? $" nid {change.Node.Nid}" : "")
                + string.Concat(change.Node.Interfaces.Select(i => $" {i.Mac}" + (i.IpAddresses.Count > 0 ? $"={string.Join(',', i.IpAddresses)}" : ""))),
            Change.EffectOneofCase.RemovedNode => $"node {change.RemovedNode} removed",
            _ => "",
        };
        return change.RemovedMac.Length > 0 ? $"{effect} MAC {change.RemovedMac} removed".Trim() : effect;
    }

    private void Add(Text[] row)
    {
        _recent.Enqueue(row);
        while (_recent.Count > rows)
        {
            _recent.Dequeue();
        }

        Table.Rows.Clear();
        foreach (var recent in _recent)
        {
            Table.AddRow(recent);
        }

        Table.Caption($"last change at {DateTime.Now:HH:mm:ss} (Ctrl-C to stop)");
        Context?.Refresh();
    }
}
