using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using SysMgmt.Discovery.Formats;
using SysMgmt.Inventory.Grpc.Following;
using SysMgmt.Inventory.V1;

namespace SysMgmt.Cli.Commands.Watch;

/// <summary>
/// Prints what the follower delivers as JSON lines (one object per line, flushed at once, for <c>jq</c> and pipes) or
/// as YAML documents. A snapshot's nodes are printed when <c>--snapshot</c> asked for them.
/// </summary>
internal sealed class LineSink(TextWriter output, DataFormat format, bool printSnapshots) : IInventorySink
{
    public async ValueTask ResetAsync(SnapshotHeader header, IAsyncEnumerable<Node> nodes, CancellationToken cancellationToken)
    {
        // Without --snapshot the follower starts from a sequence, so a snapshot comes only when SMD asks to resync.
        Write(printSnapshots ? WatchJson.Snapshot(header) : WatchJson.Resync(header));
        await foreach (var node in nodes.WithCancellation(cancellationToken))
        {
            if (printSnapshots)
            {
                Write(WatchJson.Node(node));
            }
        }
    }

    public ValueTask ApplyAsync(Change change, CancellationToken cancellationToken)
    {
        Write(WatchJson.Change(change));
        return ValueTask.CompletedTask;
    }

    private void Write(JsonObject line)
    {
        if (format == DataFormat.Yaml)
        {
            output.Write("---\n" + StructuredText.Write(line, DataFormat.Yaml));
        }
        else
        {
            output.Write(line.ToJsonString(s_compact) + "\n");
        }

        output.Flush();
    }

    // Lines for terminals and jq, not HTML: "+" and non-ASCII names stay as they are.
    private static readonly JsonSerializerOptions s_compact = new() { WriteIndented = false, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
}
