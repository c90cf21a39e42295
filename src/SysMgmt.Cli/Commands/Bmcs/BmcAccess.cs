using SysMgmt.Discovery.Bmcs;
using SysMgmt.Redfish;

namespace SysMgmt.Cli.Commands.Bmcs;

/// <summary>Everything a command needs to work on its BMCs: clients with its TLS settings, credentials, a concurrency bound.</summary>
internal sealed class BmcAccess(RedfishClientFactory clients, BmcBatch batch, int concurrency) : IDisposable
{
    public int Concurrency { get; } = concurrency;

    /// <summary>Runs <paramref name="work"/> on every BMC; a failing BMC becomes a failed outcome and the others go on.</summary>
    public Task<IReadOnlyList<BmcOutcome<T>>> RunAsync<T>(IReadOnlyList<Uri> bmcs, Func<RedfishClient, CancellationToken, Task<T>> work, CancellationToken cancellationToken)
        where T : class =>
        batch.RunAsync(bmcs, Concurrency, work, cancellationToken);

    public void Dispose() => clients.Dispose();
}
