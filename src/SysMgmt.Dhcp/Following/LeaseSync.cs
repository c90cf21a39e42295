using SysMgmt.Dhcp.Leases;

namespace SysMgmt.Dhcp.Following;

/// <summary>
/// Reads dnsmasq's lease database every <see cref="PollInterval"/> and records in SMD each pool address that dnsmasq
/// leased to an interface SMD knows without an address (<see cref="LeaseToRecord"/>). A recording that fails is tried
/// again on the next read; one that succeeded comes back through the inventory stream, after which the interface has
/// an address and is no longer selected.
/// </summary>
public sealed class LeaseSync(DhcpSink sink, DhcpDirectory directory, TimeProvider time)
{
    public static readonly TimeSpan PollInterval = TimeSpan.FromSeconds(1);

    /// <summary>
    /// Records until cancelled. <paramref name="record"/> returns null on success, else why not;
    /// <paramref name="recorded"/> hears each outcome once per lease (a failure again only when the reason changes).
    /// </summary>
    public async Task RunAsync(
        Func<LeaseToRecord, CancellationToken, Task<string?>> record, Action<LeaseToRecord, string?> recorded, CancellationToken cancellationToken)
    {
        var outcomes = new Dictionary<LeaseToRecord, string?>();
        DateTime lastWrite = default;
        ulong lastSequence = ulong.MaxValue;
        while (true)
        {
            var write = File.GetLastWriteTimeUtc(directory.LeaseFile);
            var (sequence, nodes) = sink.Take();
            // Nothing new in the leases or in SMD: nothing to do, unless a recording failed and is due again.
            if (write != lastWrite || sequence != lastSequence || outcomes.Values.Any(reason => reason is not null))
            {
                lastWrite = write;
                lastSequence = sequence;
                var leases = File.Exists(directory.LeaseFile) ? DnsmasqLease.Parse(await ReadAsync(directory.LeaseFile, cancellationToken)) : [];
                foreach (var lease in LeaseToRecord.Select(nodes, leases, time.GetUtcNow()))
                {
                    if (outcomes.TryGetValue(lease, out var before) && before is null)
                    {
                        continue; // recorded; the stream has not brought it back yet
                    }

                    var reason = await record(lease, cancellationToken);
                    if (!outcomes.TryGetValue(lease, out var previous) || previous != reason)
                    {
                        recorded(lease, reason);
                    }

                    outcomes[lease] = reason;
                }
            }

            await Task.Delay(PollInterval, time, cancellationToken);
        }
    }

    private static async Task<string> ReadAsync(string path, CancellationToken cancellationToken)
    {
        try
        {
            return await File.ReadAllTextAsync(path, cancellationToken);
        }
        catch (FileNotFoundException)
        {
            return "";
        }
    }
}
