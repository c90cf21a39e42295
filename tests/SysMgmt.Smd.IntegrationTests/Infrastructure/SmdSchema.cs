using Npgsql;
using SysMgmt.Smd.Data;

namespace SysMgmt.Smd.IntegrationTests.Infrastructure;

/// <summary>What the migrations built, read from PostgreSQL's catalog.</summary>
internal static class SmdSchema
{
    /// <summary>The ledger of applied migrations; resetting data keeps it.</summary>
    public const string MigrationLedger = "schema_migrations";

    /// <summary>Every table of SMD's schema, by name.</summary>
    public static async Task<List<string>> TablesAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT tablename FROM pg_tables WHERE schemaname = @schema ORDER BY tablename", connection);
        command.Parameters.AddWithValue("schema", SmdDbContext.Schema);
        await using var reader = await command.ExecuteReaderAsync();
        var tables = new List<string>();
        while (await reader.ReadAsync())
        {
            tables.Add(reader.GetString(0));
        }

        return tables;
    }
}
