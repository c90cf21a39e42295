using System.ComponentModel.DataAnnotations;

namespace SysMgmt.ServiceDefaults.Data;

public sealed class DatabaseOptions
{
    public const string SectionName = "Database";

    /// <summary>Apply pending schema migrations at startup (replicas coordinate through an advisory lock).</summary>
    public bool MigrateOnStartup { get; set; } = true;

    /// <summary>How long startup waits for PostgreSQL to accept connections before giving up.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "01:00:00")]
    public TimeSpan StartupTimeout { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>How often a failed request is retried when the database connection breaks (e.g. a restart).</summary>
    [Range(0, 10)]
    public int MaxRetryCount { get; set; } = 3;
}
