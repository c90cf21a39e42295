using SysMgmt.Dhcp.Hosts;

namespace SysMgmt.Dhcp.Following;

/// <summary>
/// Writes the host file each time a <see cref="DhcpSink"/>'s view changes, at most once per
/// <see cref="MinimumInterval"/>: the changes of a burst that arrive meanwhile go into the next write.
/// </summary>
public sealed class HostsSync(DhcpSink sink, HostsWriter writer)
{
    public static readonly TimeSpan MinimumInterval = TimeSpan.FromMilliseconds(50);

    /// <summary>Writes until cancelled, reporting each write with the sequence it reflects.</summary>
    public async Task RunAsync(Action<ulong, HostsUpdate> written, CancellationToken cancellationToken)
    {
        while (true)
        {
            await sink.WaitForChangeAsync(cancellationToken);
            var (sequence, nodes) = sink.Take();
            written(sequence, writer.Write(nodes));
            await Task.Delay(MinimumInterval, cancellationToken);
        }
    }

    /// <summary>Writes the view once (after the first snapshot), for <c>--once</c>.</summary>
    public (ulong Sequence, HostsUpdate Update) WriteOnce()
    {
        var (sequence, nodes) = sink.Take();
        return (sequence, writer.Write(nodes));
    }
}
