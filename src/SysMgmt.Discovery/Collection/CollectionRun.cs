using System.Collections.Concurrent;
using SysMgmt.Discovery.Bmcs;
using SysMgmt.Discovery.Output;
using SysMgmt.Discovery.Smd;
using SysMgmt.Redfish;

namespace SysMgmt.Discovery.Collection;

/// <summary>
/// Collects many BMCs at once, at most <c>concurrency</c> at a time, and hands each one on as soon as it is read:
/// to a file and/or to SMD (sends are bounded separately, SMD ingests in parallel well below that). One failing
/// BMC is reported and never stops the others; a BMC that fails anywhere before SMD has nothing sent for it.
/// Two BMCs that would get the same xname are caught: the second is reported, not sent over the first.
/// </summary>
public sealed class CollectionRun(
    BmcCollector collector,
    Func<BmcAddress, (RedfishCredentials? Credentials, string? Error)> credentials,
    InventorySender? sender,
    PayloadWriter? writer,
    TimeProvider time)
{
    /// <summary>SMD requests in flight at once: ingestion is a transaction each, so more only queue in PostgreSQL.</summary>
    public int MaxConcurrentSends { get; init; } = 16;

    public async Task<IReadOnlyList<BmcReport>> RunAsync(
        IReadOnlyList<BmcAddress> bmcs, int concurrency, IProgress<BmcReport>? progress, CancellationToken cancellationToken)
    {
        var reports = new BmcReport[bmcs.Count];
        var claimed = new ConcurrentDictionary<string, BmcAddress>(StringComparer.Ordinal);
        using var sends = new SemaphoreSlim(MaxConcurrentSends);
        var options = new ParallelOptions { MaxDegreeOfParallelism = concurrency, CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(Enumerable.Range(0, bmcs.Count), options, async (index, ct) =>
        {
            reports[index] = await OneAsync(bmcs[index], claimed, sends, ct);
            progress?.Report(reports[index]);
        });
        return reports;
    }

    private async Task<BmcReport> OneAsync(BmcAddress address, ConcurrentDictionary<string, BmcAddress> claimed, SemaphoreSlim sends, CancellationToken cancellationToken)
    {
        var started = time.GetTimestamp();
        TimeSpan Elapsed() => time.GetElapsedTime(started);
        var (account, missing) = credentials(address);
        if (account is null)
        {
            return BmcReport.Failed(address, BmcFailureStage.Setup, missing ?? $"no credentials for {address}", Elapsed());
        }

        var (collection, failure) = await collector.CollectAsync(address, account, cancellationToken);
        var walkTime = Elapsed();
        if (collection is null)
        {
            return new BmcReport(address, null, null, null, failure, walkTime) { WalkTime = walkTime };
        }

        if (claimed.GetOrAdd(collection.Id.Value, address) is { } owner && owner != address)
        {
            return BmcReport.Failed(address, BmcFailureStage.Setup,
                $"{owner} is also named {collection.Id}: name the BMCs with --bmc-id-map", Elapsed(), collection);
        }

        var payload = BmcPayload.From(collection);
        string? file = null;
        if (writer is not null)
        {
            try
            {
                file = await writer.WriteAsync(payload, cancellationToken);
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                return BmcReport.Failed(address, BmcFailureStage.Output, exception.Message, Elapsed(), collection);
            }
        }

        SendResult? sent = null;
        var sendStarted = time.GetTimestamp();
        if (sender is not null)
        {
            await sends.WaitAsync(cancellationToken);
            try
            {
                sent = await sender.SendAsync(payload, cancellationToken);
            }
            finally
            {
                sends.Release();
            }

            if (!sent.IsSuccess)
            {
                return BmcReport.Failed(address, BmcFailureStage.Send, sent.Error!, Elapsed(), collection) with { WalkTime = walkTime };
            }
        }

        return new BmcReport(address, collection, sent, file, null, Elapsed())
        {
            WalkTime = walkTime,
            SendTime = sender is null ? null : time.GetElapsedTime(sendStarted),
        };
    }
}
