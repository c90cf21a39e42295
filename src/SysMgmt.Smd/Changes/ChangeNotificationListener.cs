using System.Globalization;
using Npgsql;

namespace SysMgmt.Smd.Changes;

/// <summary>
/// <c>LISTEN</c>s on the channel that committing writers <c>NOTIFY</c> (from any replica) and raises
/// <see cref="ChangeSignal"/>. Consumers also poll, so a lost connection delays them but loses nothing. Started by
/// the process's first feed consumer (the SCN dispatcher, or the first inventory stream), so a process that consumes
/// nothing holds no listening connection.
/// </summary>
internal sealed partial class ChangeNotificationListener(
    NpgsqlDataSource dataSource, ChangeSignal signal, TimeProvider time, ILogger<ChangeNotificationListener> logger)
{
    public const string Channel = "smd_changes";

    private static readonly TimeSpan s_pingInterval = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan s_reconnectDelay = TimeSpan.FromSeconds(2);

    private int _started;

    /// <summary>
    /// Listens until <paramref name="stoppingToken"/> is cancelled, connecting again after a failure. Once per process:
    /// a later call returns at once, since the first one already wakes every consumer.
    /// </summary>
    public async Task RunAsync(CancellationToken stoppingToken)
    {
        if (Interlocked.Exchange(ref _started, 1) == 1)
        {
            return;
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await ListenAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception)
            {
                LogConnectionLost(logger, exception.Message, s_reconnectDelay);
            }

            await Task.Delay(s_reconnectDelay, time, stoppingToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }
    }

    private async Task ListenAsync(CancellationToken stoppingToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(stoppingToken);
        connection.Notification += (_, e) =>
            signal.Notify(long.TryParse(e.Payload, NumberStyles.None, CultureInfo.InvariantCulture, out var latest) ? latest : 0);
        await using (var listen = new NpgsqlCommand($"LISTEN {Channel}", connection))
        {
            await listen.ExecuteNonQueryAsync(stoppingToken);
        }

        // Whatever was committed while not listening is picked up now.
        signal.Notify();
        while (!stoppingToken.IsCancellationRequested)
        {
            if (!await connection.WaitAsync(s_pingInterval, stoppingToken))
            {
                // Quiet for a while: make sure the connection is alive rather than silently dead.
                await using var ping = new NpgsqlCommand("SELECT 1", connection);
                await ping.ExecuteNonQueryAsync(stoppingToken);
            }
        }
    }
}
