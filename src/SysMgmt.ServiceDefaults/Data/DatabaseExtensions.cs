using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;
using SysMgmt.ServiceDefaults.Health;

namespace SysMgmt.ServiceDefaults.Data;

public static class DatabaseExtensions
{
    /// <summary>
    /// Registers the service's PostgreSQL data source, its pooled EF Core context, the startup migrator for its
    /// schema (embedded SQL files) and the readiness check.
    /// </summary>
    public static TBuilder AddServiceDatabase<TContext, TBuilder>(this TBuilder builder, string connectionName, string schema, Assembly migrationsAssembly)
        where TContext : DbContext
        where TBuilder : IHostApplicationBuilder
    {
        builder.AddServiceDatabase(connectionName, schema, migrationsAssembly);
        builder.Services.AddDbContextPool<TContext>((services, options) =>
        {
            var retries = services.GetRequiredService<IOptions<DatabaseOptions>>().Value.MaxRetryCount;
            options.UseNpgsql(services.GetRequiredService<NpgsqlDataSource>(),
                    npgsql => npgsql.EnableRetryOnFailure(retries, TimeSpan.FromSeconds(1), errorCodesToAdd: null))
                .UseQueryTrackingBehavior(QueryTrackingBehavior.NoTracking);
        });
        return builder;
    }

    /// <summary>
    /// Registers the service's PostgreSQL data source, the startup migrator for its schema (embedded SQL files)
    /// and the readiness check, for a service that talks to PostgreSQL through Npgsql alone.
    /// <paramref name="failureStatus"/> is what readiness reports while the database is unreachable: a service
    /// that keeps serving from memory (BSS) says Degraded rather than Unhealthy.
    /// </summary>
    public static TBuilder AddServiceDatabase<TBuilder>(
        this TBuilder builder, string connectionName, string schema, Assembly migrationsAssembly, HealthStatus failureStatus = HealthStatus.Unhealthy)
        where TBuilder : IHostApplicationBuilder
    {
        builder.Services.AddOptions<DatabaseOptions>()
            .BindConfiguration(DatabaseOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();

        builder.Services.AddSingleton(services =>
        {
            // Read when first needed, so test hosts can supply the connection string late.
            var connectionString = services.GetRequiredService<IConfiguration>().GetConnectionString(connectionName);
            if (string.IsNullOrWhiteSpace(connectionString))
            {
                throw new InvalidOperationException(
                    $"ConnectionStrings:{connectionName} is not set. Pass --ConnectionStrings:{connectionName}=\"Host=…;Database=…\" " +
                    $"or set ConnectionStrings__{connectionName}; scripts/up does this for you.");
            }

            var dataSource = new NpgsqlDataSourceBuilder(connectionString);
            var session = services.GetRequiredService<IOptions<DatabaseSessionOptions>>().Value.Settings;
            if (session.Count > 0)
            {
                dataSource.ConnectionStringBuilder.Options = string.Join(' ',
                    [dataSource.ConnectionStringBuilder.Options, .. session.Select(s => $"-c {s.Key}={s.Value}")]).Trim();
            }

            // A pooled connection goes back without DISCARD ALL, which would throw away PostgreSQL's cached plans of
            // every trigger and function: each transaction re-planned the change feed's triggers. Nothing here leaves
            // session state behind: settings are per transaction or in the connection's options, advisory locks are
            // per transaction or released, and a LISTENing connection goes back only when its listener stops.
            dataSource.ConnectionStringBuilder.NoResetOnClose = true;
            dataSource.UseLoggerFactory(services.GetRequiredService<ILoggerFactory>());
            return dataSource.Build();
        });

        builder.Services.AddSingleton(SqlMigrationSet.FromAssembly(schema, migrationsAssembly));
        builder.Services.AddSingleton<SqlMigrator>();
        builder.Services.AddHostedService<SqlMigrationHostedService>();
        builder.Services.AddSingleton<DatabasePing>();
        builder.Services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database", failureStatus, tags: [HealthEndpoints.ReadyTag]);
        return builder;
    }
}
