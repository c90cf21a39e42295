using Microsoft.Extensions.Options;

namespace SysMgmt.Smd.Changes;

/// <summary>Runs <see cref="ChangeRetention"/> every <see cref="ChangeFeedOptions.SweepInterval"/>.</summary>
internal sealed partial class ChangeRetentionWorker(
    ChangeRetention retention, IOptions<ChangeFeedOptions> options, TimeProvider time, ILogger<ChangeRetentionWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.SweepInterval, time);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                try
                {
                    await retention.SweepAsync(stoppingToken);
                }
                catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
                {
                    // The next tick tries again; a feed kept a little longer harms no one.
                    LogSweepFailed(logger, exception);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping.
        }
    }
}
