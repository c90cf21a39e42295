using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;

namespace SysMgmt.ServiceDefaults.Data;

/// <summary>
/// Migrates the schema before the server accepts requests. PostgreSQL may still be starting (compose, a node
/// reboot), so connection failures are retried until <see cref="DatabaseOptions.StartupTimeout"/>.
/// </summary>
internal sealed partial class SqlMigrationHostedService(
    SqlMigrator migrator,
    IOptions<DatabaseOptions> options,
    TimeProvider time,
    ILogger<SqlMigrationHostedService> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (!options.Value.MigrateOnStartup)
        {
            return;
        }

        var deadline = time.GetUtcNow() + options.Value.StartupTimeout;
        var delay = TimeSpan.FromMilliseconds(250);
        while (true)
        {
            try
            {
                await migrator.MigrateAsync(cancellationToken);
                return;
            }
            catch (NpgsqlException exception) when (exception.IsTransient && time.GetUtcNow() + delay < deadline)
            {
                LogWaitingForDatabase(logger, exception.Message, delay);
                await Task.Delay(delay, time, cancellationToken);
                delay = TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, TimeSpan.FromSeconds(5).Ticks));
            }
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Warning, Message = "Database not reachable yet ({Reason}); retrying in {Delay}")]
    private static partial void LogWaitingForDatabase(ILogger logger, string reason, TimeSpan delay);
}
