using System.Reflection;
using System.Text;
using System.Text.RegularExpressions;

namespace SysMgmt.ServiceDefaults.Data;

/// <summary>The migrations of one service's schema, read from SQL files embedded in its assembly.</summary>
public sealed partial class SqlMigrationSet
{
    public SqlMigrationSet(string schema, IReadOnlyList<SqlMigration> migrations)
    {
        if (!SchemaNamePattern().IsMatch(schema))
        {
            throw new ArgumentException($"'{schema}' is not a plain lower-case schema name", nameof(schema));
        }

        var duplicate = migrations.GroupBy(m => m.Version).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new InvalidOperationException($"two migrations share version {duplicate.Key}: {string.Join(", ", duplicate.Select(m => m.Name))}");
        }

        Schema = schema;
        Migrations = [.. migrations.OrderBy(m => m.Version)];
    }

    public string Schema { get; }

    public IReadOnlyList<SqlMigration> Migrations { get; }

    /// <summary>Loads every embedded resource named <c>…NNNN_name.sql</c> from the assembly.</summary>
    public static SqlMigrationSet FromAssembly(string schema, Assembly assembly)
    {
        var migrations = new List<SqlMigration>();
        foreach (var resource in assembly.GetManifestResourceNames())
        {
            var match = ResourceNamePattern().Match(resource);
            if (!match.Success)
            {
                continue;
            }

            using var stream = assembly.GetManifestResourceStream(resource)!;
            using var reader = new StreamReader(stream, Encoding.UTF8);
            var version = int.Parse(match.Groups["version"].Value, System.Globalization.CultureInfo.InvariantCulture);
            migrations.Add(SqlMigration.Create(version, match.Groups["name"].Value, reader.ReadToEnd()));
        }

        return migrations.Count == 0
            ? throw new InvalidOperationException($"no embedded NNNN_name.sql migrations found in {assembly.GetName().Name}")
            : new SqlMigrationSet(schema, migrations);
    }

    [GeneratedRegex(@"(?:^|\.)(?<version>\d{4})_(?<name>[A-Za-z0-9_]+)\.sql$")]
    private static partial Regex ResourceNamePattern();

    [GeneratedRegex("^[a-z_][a-z0-9_]*$")]
    private static partial Regex SchemaNamePattern();
}
