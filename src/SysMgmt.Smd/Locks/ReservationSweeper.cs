using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SysMgmt.Core.Time;
using SysMgmt.Smd.Data;

namespace SysMgmt.Smd.Locks;

/// <summary>
/// Deletes service reservations whose expiry has passed, every <see cref="ReservationOptions.SweepInterval"/>. Safe with
/// several SMD replicas: each sweep is one idempotent DELETE, and a reservation renewed or taken over meanwhile no
/// longer matches it.
/// </summary>
internal sealed partial class ReservationSweeper(
    IServiceScopeFactory scopes, IOptions<ReservationOptions> options, TimeProvider time, ILogger<ReservationSweeper> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                await Task.Delay(options.Value.SweepInterval, time, stoppingToken);
                try
                {
                    await SweepAsync(stoppingToken);
                }
                catch (Exception exception) when (exception is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
                {
                    // A failed sweep only delays the cleanup (reads already ignore expired rows); the next one retries.
                    LogSweepFailed(logger, exception.Message);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping.
        }
    }

    /// <summary>One sweep, now; returns how many reservations it deleted. Public so tests need not wait for the timer.</summary>
    public async Task<int> SweepAsync(CancellationToken cancellationToken)
    {
        var now = Rfc3339.ToMicroseconds(time.GetUtcNow());
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SmdDbContext>();
        var swept = await db.Set<ReservationEntity>().Where(r => r.ExpiresAt <= now).ExecuteDeleteAsync(cancellationToken);
        if (swept > 0)
        {
            LogSwept(logger, swept);
        }

        return swept;
    }
}
