using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using SysMgmt.Smd.Data;
using SysMgmt.Smd.IntegrationTests.Infrastructure;

namespace SysMgmt.Smd.IntegrationTests.Data;

/// <summary>
/// The EF model against the schema the SQL migrations build: every mapped table and column exists with the type the
/// model expects. An entity changed without a migration (or a migration without the entity) fails here, not in
/// production at the first query.
/// </summary>
public sealed class SchemaModelTests(SmdFixture smd) : SmdTestBase(smd)
{
    [Fact]
    public async Task Model_EveryMappedColumn_ExistsInTheMigratedSchemaWithItsType()
    {
        var columns = await MigratedColumnsAsync();
        using var scope = Smd.Factory.Services.CreateScope();
        var model = scope.ServiceProvider.GetRequiredService<SmdDbContext>().Model;

        var mismatches = new List<string>();
        foreach (var entity in model.GetEntityTypes())
        {
            var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
            foreach (var property in entity.GetProperties())
            {
                var column = property.GetColumnName(table)!;
                var expected = property.GetColumnType(table).ToLowerInvariant();
                var key = $"{table.Schema}.{table.Name}.{column}";
                if (!columns.TryGetValue(key, out var actual))
                {
                    mismatches.Add($"{entity.ClrType.Name}.{property.Name}: no column {key}");
                }
                else if (actual != expected)
                {
                    mismatches.Add($"{entity.ClrType.Name}.{property.Name}: {key} is {actual}, the model says {expected}");
                }
            }
        }

        Assert.True(mismatches.Count == 0, string.Join("\n", mismatches));
    }

    [Fact]
    public async Task Model_EveryTableOfTheSchema_IsMappedOrTheMigrationLedger()
    {
        using var scope = Smd.Factory.Services.CreateScope();
        var mapped = scope.ServiceProvider.GetRequiredService<SmdDbContext>().Model.GetEntityTypes().Select(e => e.GetTableName()).ToHashSet();

        var unmapped = (await SmdSchema.TablesAsync(Smd.ConnectionString)).Where(t => !mapped.Contains(t)).ToList();

        Assert.Equal(["schema_migrations"], unmapped);
    }

    /// <summary><c>schema.table.column</c> → the column's type as PostgreSQL writes it (<c>format_type</c>).</summary>
    private async Task<Dictionary<string, string>> MigratedColumnsAsync()
    {
        await using var connection = new NpgsqlConnection(Smd.ConnectionString);
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        await using var command = new NpgsqlCommand(
            """
            SELECT n.nspname || '.' || c.relname || '.' || a.attname, format_type(a.atttypid, a.atttypmod)
            FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE n.nspname = @schema AND c.relkind = 'r' AND a.attnum > 0 AND NOT a.attisdropped
            """, connection);
        command.Parameters.AddWithValue("schema", SmdDbContext.Schema);
        await using var reader = await command.ExecuteReaderAsync(TestContext.Current.CancellationToken);
        var columns = new Dictionary<string, string>();
        while (await reader.ReadAsync(TestContext.Current.CancellationToken))
        {
            columns[reader.GetString(0)] = reader.GetString(1);
        }

        return columns;
    }
}
