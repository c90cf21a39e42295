using System.Net.Security;
using System.Runtime.CompilerServices;
using System.Threading.Channels;
using SysMgmt.Redfish;
using SysMgmt.Redfish.Transport;

namespace SysMgmt.Discovery.Scanning;

/// <summary>
/// Scans a <see cref="ScanPlan"/>: exactly <see cref="ScanOptions.Concurrency"/> workers take targets one at a time
/// from the plan as they go, so at most that many connections are ever open, and a /16 never becomes 65,534 tasks.
/// Every target yields one result, failures included.
/// </summary>
public sealed class BmcScanner
{
    private readonly ScanOptions _options;
    private readonly TargetProbe _probe;

    /// <exception cref="ArgumentException">The options are not usable (<see cref="ScanOptions.Validate"/>).</exception>
    public BmcScanner(ScanOptions options)
    {
        if (options.Validate() is { Count: > 0 } errors)
        {
            throw new ArgumentException(string.Join("; ", errors), nameof(options));
        }

        _options = options;
        var tls = new SslClientAuthenticationOptions();
        CertificateValidation.Apply(tls, new RedfishClientOptions { Insecure = options.Insecure, CaBundlePath = options.CaBundlePath });
        _probe = new TargetProbe(options, tls);
    }

    /// <summary>The results as targets finish, in no particular order; cancelling stops the scan promptly.</summary>
    public async IAsyncEnumerable<ScanResult> ScanAsync(ScanPlan plan, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var results = Channel.CreateUnbounded<ScanResult>(new UnboundedChannelOptions { SingleReader = true });
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var workers = Task.Run(
            async () =>
            {
                try
                {
                    await Parallel.ForEachAsync(
                        plan,
                        new ParallelOptions { MaxDegreeOfParallelism = _options.Concurrency, CancellationToken = stop.Token },
                        async (target, token) => results.Writer.TryWrite(await _probe.ScanAsync(target, plan.Exclusions, token)));
                    results.Writer.Complete();
                }
                catch (Exception exception)
                {
                    results.Writer.Complete(exception);
                }
            },
            CancellationToken.None);
        try
        {
            await foreach (var result in results.Reader.ReadAllAsync(cancellationToken))
            {
                yield return result;
            }
        }
        finally
        {
            // A consumer that stops early (or is cancelled) stops the workers too, and waits for their sockets to close.
            await stop.CancelAsync();
            await workers;
        }
    }
}
