using SysMgmt.ServiceDefaults.Data;
using Npgsql;

namespace SysMgmt.Bss.BootParameters;

/// <summary>
/// Reads boot parameters and images from PostgreSQL (schema <c>bss</c>), and opens write transactions. Every
/// statement is parameterised; the anchors' PostgreSQL mode built its SQL by string concatenation.
/// </summary>
internal sealed class BootParametersStore(NpgsqlDataSource dataSource)
{
    internal const string EntryColumns = "name, params, kernel, initrd, cloud_init::text, referral_token";

    public async Task<(List<BootEntry> Entries, List<BootImage> Images)> LoadAllAsync(CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var entries = await ReadEntriesAsync(connection, null, $"SELECT {EntryColumns} FROM bss.boot_parameters", [], cancellationToken);
        var images = await ReadImagesAsync(connection, "SELECT kind, path, params FROM bss.boot_images", [], cancellationToken);
        return (entries, images);
    }

    public async Task<List<BootEntry>> LoadEntriesAsync(IReadOnlyCollection<string> names, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        return await ReadEntriesAsync(connection, null, $"SELECT {EntryColumns} FROM bss.boot_parameters WHERE name = ANY(@names)",
            [Names(names)], cancellationToken);
    }

    public async Task<List<BootImage>> LoadImagesAsync(IReadOnlyCollection<(ImageKind Kind, string Path)> keys, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        return await ReadImagesAsync(connection,
            "SELECT i.kind, i.path, i.params FROM bss.boot_images i JOIN unnest(@kinds, @paths) AS k(kind, path) USING (kind, path)",
            UnnestParameters.For(keys).Column("kinds", k => KindName(k.Kind)).Column("paths", k => k.Path).ToArray(),
            cancellationToken);
    }

    public async Task<BootParametersTransaction> BeginAsync(CancellationToken cancellationToken)
    {
        var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        try
        {
            return new BootParametersTransaction(connection, await connection.BeginTransactionAsync(cancellationToken));
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    internal static NpgsqlParameter<string[]> Names(IEnumerable<string> names, string name = "names") => new(name, [.. names]);

    internal static string KindName(ImageKind kind) => kind == ImageKind.Kernel ? "kernel" : "initrd";

    internal static async Task<List<BootEntry>> ReadEntriesAsync(
        NpgsqlConnection connection, NpgsqlTransaction? transaction, string sql, NpgsqlParameter[] parameters, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection, transaction);
        command.Parameters.AddRange(parameters);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var entries = new List<BootEntry>();
        while (await reader.ReadAsync(cancellationToken))
        {
            entries.Add(new BootEntry(
                reader.GetString(0),
                reader.GetString(1),
                reader.GetString(2),
                reader.GetString(3),
                CloudInitData.FromStorageJson(reader.GetString(4)),
                reader.IsDBNull(5) ? null : reader.GetString(5)));
        }

        return entries;
    }

    private static async Task<List<BootImage>> ReadImagesAsync(
        NpgsqlConnection connection, string sql, NpgsqlParameter[] parameters, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddRange(parameters);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var images = new List<BootImage>();
        while (await reader.ReadAsync(cancellationToken))
        {
            images.Add(new BootImage(reader.GetString(0) == "kernel" ? ImageKind.Kernel : ImageKind.Initrd, reader.GetString(1), reader.GetString(2)));
        }

        return images;
    }
}
