using Microsoft.Extensions.Options;

namespace SysMgmt.Bss.EndpointHistory;

/// <summary>
/// Writes recorded accesses to PostgreSQL every <c>FlushInterval</c>, in one statement, and once more at
/// shutdown. While the database is away the notes wait in memory (one per node and endpoint, so bounded).
/// </summary>
internal sealed partial class EndpointHistoryWorker(
    EndpointAccessRecorder recorder, EndpointHistoryStore store, IOptions<BssOptions> options, TimeProvider time, ILogger<EndpointHistoryWorker> logger)
    : BackgroundService
{
    private bool _failing;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = options.Value.EndpointHistory.FlushInterval;
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                await Task.Delay(interval, time, stoppingToken);
                await FlushAsync(stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping: the final flush below.
        }

        using var shutdown = new CancellationTokenSource(TimeSpan.FromSeconds(5));
        await FlushAsync(shutdown.Token);
    }

    /// <summary>Writes what is pending; public so tests and shutdown need not wait for the timer.</summary>
    public async Task FlushAsync(CancellationToken cancellationToken)
    {
        var pending = recorder.Pending();
        if (pending.Count == 0)
        {
            return;
        }

        try
        {
            await store.WriteAsync(pending, cancellationToken);
            recorder.MarkWritten(pending);
            if (_failing)
            {
                _failing = false;
                LogRecovered(logger, pending.Count);
            }
        }
        catch (Exception exception)
        {
            // Whatever failed, the notes stay for the next flush; the history must never stop the service.
            if (!_failing)
            {
                _failing = true;
                LogWriteFailed(logger, pending.Count, exception.Message);
            }
        }
    }
}
