using Npgsql;

namespace SysMgmt.Bss.BootParameters;

/// <summary>
/// Keeps this replica's cache in step with the others: <c>LISTEN</c>s for the change lists that writes
/// <c>NOTIFY</c> on commit. Startup waits for the first full load, so no script is served from an empty cache.
/// After a lost connection it listens again and then reloads everything, so no change falls into the gap.
/// </summary>
internal sealed partial class BootParametersListener(
    NpgsqlDataSource dataSource, BootParametersSync sync, TimeProvider time, ILogger<BootParametersListener> logger) : IHostedService, IAsyncDisposable
{
    private static readonly TimeSpan s_pingInterval = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan s_reconnectDelay = TimeSpan.FromSeconds(2);

    private readonly CancellationTokenSource _stopping = new();
    private Task? _loop;
    private int _stopped;
    private int _disposed;

    /// <summary>False while the connection that receives other replicas' changes is down.</summary>
    public bool IsListening { get; private set; }

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var connection = await ListenAsync(cancellationToken);
        _loop = Task.Run(() => RunAsync(connection, _stopping.Token), CancellationToken.None);
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (Interlocked.Exchange(ref _stopped, 1) == 1)
        {
            return;
        }

        await _stopping.CancelAsync();
        if (_loop is not null)
        {
            await _loop.WaitAsync(cancellationToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }
    }

    /// <summary>Safe to call more than once (the container disposes the listener under both its registrations).</summary>
    public async ValueTask DisposeAsync()
    {
        await StopAsync(CancellationToken.None);
        if (Interlocked.Exchange(ref _disposed, 1) == 0)
        {
            _stopping.Dispose();
        }
    }

    /// <summary>LISTEN first, then load everything: a change committed in between is both loaded and announced.</summary>
    private async Task<NpgsqlConnection> ListenAsync(CancellationToken cancellationToken)
    {
        var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        try
        {
            await using (var listen = new NpgsqlCommand($"LISTEN {BootChanges.Channel}", connection))
            {
                await listen.ExecuteNonQueryAsync(cancellationToken);
            }

            await sync.ReloadAsync(null, cancellationToken);
            IsListening = true;
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    private async Task RunAsync(NpgsqlConnection connection, CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await ReceiveAsync(connection, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception exception)
            {
                // Whatever broke (connection, a reload), listening again and reloading everything repairs it.
                IsListening = false;
                LogConnectionLost(logger, exception.Message);
            }
            finally
            {
                await connection.DisposeAsync();
            }

            connection = await ReconnectAsync(stoppingToken);
        }
    }

    private async Task ReceiveAsync(NpgsqlConnection connection, CancellationToken stoppingToken)
    {
        var received = new List<string>();
        connection.Notification += (_, e) => received.Add(e.Payload);
        while (!stoppingToken.IsCancellationRequested)
        {
            if (!await connection.WaitAsync(s_pingInterval, stoppingToken))
            {
                // Quiet for a while: make sure the connection is still alive rather than silently dead.
                await using var ping = new NpgsqlCommand("SELECT 1", connection);
                await ping.ExecuteNonQueryAsync(stoppingToken);
                continue;
            }

            foreach (var payload in received)
            {
                await sync.ReloadAsync(BootChanges.FromPayload(payload), stoppingToken);
            }

            received.Clear();
        }
    }

    private async Task<NpgsqlConnection> ReconnectAsync(CancellationToken stoppingToken)
    {
        while (true)
        {
            await Task.Delay(s_reconnectDelay, time, stoppingToken);
            try
            {
                var connection = await ListenAsync(stoppingToken);
                LogReconnected(logger);
                return connection;
            }
            catch (Exception exception) when (exception is NpgsqlException or TimeoutException)
            {
                LogReconnectFailed(logger, exception.Message);
            }
        }
    }
}
