using SysMgmt.Discovery.Secrets;
using SysMgmt.Redfish;

namespace SysMgmt.Discovery.Bmcs;

/// <summary>
/// Runs one piece of work on many BMCs, at most <c>concurrency</c> at a time: resolves each BMC's credentials,
/// opens a client (logged out afterwards), and turns a Redfish failure into that BMC's outcome, so that one
/// refusing or silent BMC does not stop the others. Outcomes come back in the order of the BMCs.
/// </summary>
public sealed class BmcBatch(RedfishClientFactory clients, BmcCredentialResolver credentials)
{
    public async Task<IReadOnlyList<BmcOutcome<T>>> RunAsync<T>(
        IReadOnlyList<Uri> bmcs, int concurrency, Func<RedfishClient, CancellationToken, Task<T>> work, CancellationToken cancellationToken)
        where T : class
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(concurrency, 1);
        var outcomes = new BmcOutcome<T>[bmcs.Count];
        await Parallel.ForEachAsync(
            Enumerable.Range(0, bmcs.Count),
            new ParallelOptions { MaxDegreeOfParallelism = concurrency, CancellationToken = cancellationToken },
            async (index, token) => outcomes[index] = await RunOneAsync(bmcs[index], work, token));
        return outcomes;
    }

    private async Task<BmcOutcome<T>> RunOneAsync<T>(Uri bmc, Func<RedfishClient, CancellationToken, Task<T>> work, CancellationToken cancellationToken)
        where T : class
    {
        var resolution = credentials.Resolve(bmc);
        if (resolution.Credentials is not { } found)
        {
            return BmcOutcome<T>.Failure(bmc, resolution.Problem!);
        }

        try
        {
            await using var client = clients.Create(new RedfishEndpoint(bmc, found));
            return BmcOutcome<T>.Success(bmc, await work(client, cancellationToken));
        }
        catch (RedfishException exception)
        {
            return BmcOutcome<T>.Failure(bmc, exception.Message, exception.Kind);
        }
    }
}
