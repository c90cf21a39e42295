using System.Text.RegularExpressions;
using Npgsql;

namespace SysMgmt.Smd.IntegrationTests.Infrastructure;

/// <summary>
/// What must never reach a client: Npgsql's and PostgreSQL's own texts, SQLSTATE codes, the names of SMD's
/// constraints and indexes, and connection-string options.
/// </summary>
internal static partial class DatabaseInternals
{
    private static readonly string[] s_markers =
    [
        "Npgsql", "PostgresException", "SQLSTATE", "Detail redacted", "Include Error Detail", "duplicate key value",
        "violates unique constraint", "violates foreign key constraint", "violates check constraint", "violates not-null constraint",
        "Failed to connect to", "Connection refused", "password authentication failed", "terminating connection",
        "Host=", "Server=", "Port=", "Username=", "User ID=", "Password=", "Database=", "Search Path=", "Connection Idle Lifetime",
    ];

    /// <summary>The first internal <paramref name="body"/> mentions, or null when it mentions none.</summary>
    public static string? FindIn(string body, IEnumerable<string> objectNames) =>
        s_markers.FirstOrDefault(m => body.Contains(m, StringComparison.OrdinalIgnoreCase))
        ?? (SqlStatePrefix().Match(body) is { Success: true } state ? state.Value : null)
        ?? objectNames.FirstOrDefault(name => Regex.IsMatch(body, $@"\b{Regex.Escape(name)}\b"));

    /// <summary>The constraints and indexes of SMD's schema, by name, from the migrated database's catalog.</summary>
    public static async Task<string[]> ObjectNamesAsync(string connectionString, CancellationToken cancellationToken)
    {
        // Briefly: tests that stop PostgreSQL get their answers checked against the fixed markers meanwhile.
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(connectionString) { Timeout = 2 }.ConnectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(
            """
            SELECT conname FROM pg_constraint c JOIN pg_namespace n ON n.oid = c.connamespace WHERE n.nspname = 'smd'
            UNION SELECT indexname FROM pg_indexes WHERE schemaname = 'smd'
            """, connection);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var names = new List<string>();
        while (await reader.ReadAsync(cancellationToken))
        {
            names.Add(reader.GetString(0));
        }

        return [.. names];
    }

    /// <summary>How Npgsql starts a server error's message: <c>23505: duplicate key…</c>, <c>57P01: terminating…</c>.</summary>
    [GeneratedRegex(@"\b[0-9][0-9A-Z]{4}: ")]
    private static partial Regex SqlStatePrefix();
}
