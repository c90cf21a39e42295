using SysMgmt.ServiceDefaults.Data;
using Npgsql;

namespace SysMgmt.Bss.BootParameters;

/// <summary>
/// One write to boot parameters, all or nothing. <see cref="CommitAsync"/> sends the change list with
/// <c>pg_notify</c> in the same transaction, so other replicas hear of exactly the committed changes.
/// </summary>
internal sealed class BootParametersTransaction(NpgsqlConnection connection, NpgsqlTransaction transaction) : IAsyncDisposable
{
    public BootChanges Changes { get; } = new();

    /// <summary>The stored entries among <paramref name="names"/>, locked until the transaction ends.</summary>
    public async Task<Dictionary<string, BootEntry>> LockEntriesAsync(IEnumerable<string> names, CancellationToken cancellationToken)
    {
        var entries = await BootParametersStore.ReadEntriesAsync(connection, transaction,
            $"SELECT {BootParametersStore.EntryColumns} FROM bss.boot_parameters WHERE name = ANY(@names) ORDER BY name FOR UPDATE",
            [BootParametersStore.Names(names)], cancellationToken);
        return entries.ToDictionary(e => e.Name, StringComparer.Ordinal);
    }

    /// <summary>Writes the entries whole (insert or replace).</summary>
    public async Task WriteEntriesAsync(IReadOnlyCollection<BootEntry> entries, CancellationToken cancellationToken)
    {
        if (entries.Count == 0)
        {
            return;
        }

        await using var command = Command(
            """
            INSERT INTO bss.boot_parameters (name, params, kernel, initrd, cloud_init, referral_token, updated_at)
            SELECT e.name, e.params, e.kernel, e.initrd, e.cloud_init::jsonb, e.token, now()
            FROM unnest(@names, @params, @kernels, @initrds, @cloud_inits, @tokens) AS e(name, params, kernel, initrd, cloud_init, token)
            ON CONFLICT (name) DO UPDATE SET params = EXCLUDED.params, kernel = EXCLUDED.kernel, initrd = EXCLUDED.initrd,
                cloud_init = EXCLUDED.cloud_init, referral_token = EXCLUDED.referral_token, updated_at = now()
            """);
        await UnnestParameters.For(entries)
            .Column("names", e => e.Name)
            .Column("params", e => e.Params)
            .Column("kernels", e => e.Kernel)
            .Column("initrds", e => e.Initrd)
            .Column("cloud_inits", e => e.CloudInit.ToStorageJson())
            .Column("tokens", e => e.ReferralToken)
            .AddTo(command)
            .ExecuteNonQueryAsync(cancellationToken);
        Changes.Entries.UnionWith(entries.Select(e => e.Name));
        foreach (var entry in entries)
        {
            Changes.AddImage(ImageKind.Kernel, entry.Kernel);
            Changes.AddImage(ImageKind.Initrd, entry.Initrd);
        }
    }

    public async Task<List<string>> DeleteEntriesAsync(IEnumerable<string> names, CancellationToken cancellationToken)
    {
        await using var command = Command("DELETE FROM bss.boot_parameters WHERE name = ANY(@names) RETURNING name");
        command.Parameters.Add(BootParametersStore.Names(names));
        var deleted = await ReadStringsAsync(command, cancellationToken);
        Changes.Entries.UnionWith(deleted);
        return deleted;
    }

    /// <summary>Records images that entries boot, so they are listed and can carry parameters; existing ones are kept.</summary>
    public async Task AddImagesAsync(IEnumerable<(ImageKind Kind, string Path)> images, CancellationToken cancellationToken)
    {
        var list = images.Where(i => i.Path.Length > 0).Distinct().ToList();
        if (list.Count == 0)
        {
            return;
        }

        await using var command = Command(
            "INSERT INTO bss.boot_images (kind, path) SELECT * FROM unnest(@kinds, @paths) ON CONFLICT DO NOTHING");
        await UnnestParameters.For(list)
            .Column("kinds", i => BootParametersStore.KindName(i.Kind))
            .Column("paths", i => i.Path)
            .AddTo(command)
            .ExecuteNonQueryAsync(cancellationToken);
        foreach (var (kind, path) in list)
        {
            Changes.AddImage(kind, path);
        }
    }

    public async Task<bool> ImageExistsAsync(ImageKind kind, string path, CancellationToken cancellationToken)
    {
        await using var command = Command("SELECT EXISTS (SELECT 1 FROM bss.boot_images WHERE kind = @kind AND path = @path)");
        command.Parameters.AddWithValue("kind", BootParametersStore.KindName(kind));
        command.Parameters.AddWithValue("path", path);
        return (bool)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    public async Task SetImageParamsAsync(BootImage image, CancellationToken cancellationToken)
    {
        await using var command = Command(
            "INSERT INTO bss.boot_images (kind, path, params) VALUES (@kind, @path, @params) ON CONFLICT (kind, path) DO UPDATE SET params = EXCLUDED.params");
        command.Parameters.AddWithValue("kind", BootParametersStore.KindName(image.Kind));
        command.Parameters.AddWithValue("path", image.Path);
        command.Parameters.AddWithValue("params", image.Params);
        await command.ExecuteNonQueryAsync(cancellationToken);
        Changes.AddImage(image.Kind, image.Path);
    }

    /// <summary>Deletes the image and blanks it in every entry that boots it (those nodes cannot boot until set again).</summary>
    public async Task<bool> DeleteImageAsync(ImageKind kind, string path, CancellationToken cancellationToken)
    {
        await using var delete = Command("DELETE FROM bss.boot_images WHERE kind = @kind AND path = @path");
        delete.Parameters.AddWithValue("kind", BootParametersStore.KindName(kind));
        delete.Parameters.AddWithValue("path", path);
        if (await delete.ExecuteNonQueryAsync(cancellationToken) == 0)
        {
            return false;
        }

        var column = kind == ImageKind.Kernel ? "kernel" : "initrd";
        await using var blank = Command($"UPDATE bss.boot_parameters SET {column} = '', updated_at = now() WHERE {column} = @path RETURNING name");
        blank.Parameters.AddWithValue("path", path);
        Changes.Entries.UnionWith(await ReadStringsAsync(blank, cancellationToken));
        Changes.AddImage(kind, path);
        return true;
    }

    public async Task CommitAsync(CancellationToken cancellationToken)
    {
        if (!Changes.IsEmpty)
        {
            await using var notify = Command("SELECT pg_notify(@channel, @payload)");
            notify.Parameters.AddWithValue("channel", BootChanges.Channel);
            notify.Parameters.AddWithValue("payload", Changes.ToPayload());
            await notify.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        await transaction.DisposeAsync();
        await connection.DisposeAsync();
    }

    private NpgsqlCommand Command(string sql) => new(sql, connection, transaction);

    private static async Task<List<string>> ReadStringsAsync(NpgsqlCommand command, CancellationToken cancellationToken)
    {
        var values = new List<string>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            values.Add(reader.GetString(0));
        }

        return values;
    }
}
