using System.Text.Encodings.Web;
using System.Text.Json;
using SysMgmt.Discovery.Configuration;
using SysMgmt.Discovery.Files;

namespace SysMgmt.Discovery.Secrets;

/// <summary>
/// The secrets file as magellan lays it out: one JSON object mapping each secret ID to its encrypted value (hex),
/// keys sorted, two-space indent, a final newline. Reading needs no key. Changes are made under a lock and written
/// by atomic replace with mode 0600, so concurrent writers lose nothing and a failed write leaves the old file.
/// </summary>
public sealed class SecretsFile(string path)
{
    /// <summary>The environment variable naming the file when <c>--secrets-file</c> is not given.</summary>
    public const string EnvironmentVariable = "SYSMGMT_SECRETS_FILE";

    private static readonly TimeSpan s_lockTimeout = TimeSpan.FromSeconds(30);
    private static readonly JsonWriterOptions s_writerOptions = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public string Path { get; } = System.IO.Path.GetFullPath(path);

    /// <summary>Where secrets are kept when nothing says otherwise: <c>secrets.json</c> in the user's sysmgmt configuration directory.</summary>
    public static string DefaultPath => System.IO.Path.Combine(StatePaths.ConfigDirectory, "secrets.json");

    public bool Exists => File.Exists(Path);

    /// <summary>Called with the written temporary file just before it replaces the old one (tests inject failures here).</summary>
    internal Action<string>? BeforeReplace { get; set; }

    /// <summary>The file given on the command line, else the one <c>SYSMGMT_SECRETS_FILE</c> names, else <see cref="DefaultPath"/>.</summary>
    public static SecretsFile Locate(string? commandLinePath, string? environmentPath) =>
        new(!string.IsNullOrWhiteSpace(commandLinePath) ? commandLinePath
            : !string.IsNullOrWhiteSpace(environmentPath) ? environmentPath
            : DefaultPath);

    /// <summary>Every entry, ID → encrypted value; empty when the file does not exist or is empty.</summary>
    /// <exception cref="SecretStoreException">The file cannot be read or is not a secrets file.</exception>
    public async Task<IReadOnlyDictionary<string, string>> ReadAsync(CancellationToken cancellationToken)
    {
        byte[] content;
        try
        {
            content = await File.ReadAllBytesAsync(Path, cancellationToken);
        }
        catch (Exception exception) when (exception is FileNotFoundException or DirectoryNotFoundException)
        {
            return new SortedDictionary<string, string>(StringComparer.Ordinal);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw new SecretStoreException($"cannot read the secrets file {Path}: {exception.Message}", exception);
        }

        return Parse(content);
    }

    /// <summary>
    /// Reads the file under the writers' lock, lets <paramref name="change"/> edit the entries, and writes them back
    /// if it changed anything. Returns what <paramref name="change"/> returned.
    /// </summary>
    public async Task<T> UpdateAsync<T>(Func<IDictionary<string, string>, T> change, CancellationToken cancellationToken)
    {
        using var writersLock = await LockAsync(cancellationToken);
        var entries = new SortedDictionary<string, string>((IDictionary<string, string>)await ReadAsync(cancellationToken), StringComparer.Ordinal);
        var before = new Dictionary<string, string>(entries, StringComparer.Ordinal);
        var result = change(entries);
        if (entries.Count != before.Count || entries.Any(e => !before.TryGetValue(e.Key, out var value) || value != e.Value))
        {
            await AtomicFile.WriteAllBytesAsync(Path, Serialize(entries), BeforeReplace, cancellationToken);
        }

        return result;
    }

    private async Task<ExclusiveFileLock> LockAsync(CancellationToken cancellationToken)
    {
        try
        {
            return await ExclusiveFileLock.AcquireAsync(Path + ".lock", s_lockTimeout, cancellationToken);
        }
        catch (TimeoutException exception)
        {
            throw new SecretStoreException($"another process has been writing the secrets file for {s_lockTimeout.TotalSeconds:0} s (lock {Path}.lock); try again", exception);
        }
    }

    /// <summary>Removes the entries with these IDs (no key needed: the IDs are in clear); returns the IDs that were there.</summary>
    public Task<IReadOnlyList<string>> RemoveAsync(IEnumerable<string> ids, CancellationToken cancellationToken) =>
        UpdateAsync<IReadOnlyList<string>>(entries => [.. ids.Distinct(StringComparer.Ordinal).Where(entries.Remove)], cancellationToken);

    private SortedDictionary<string, string> Parse(byte[] content)
    {
        var entries = new SortedDictionary<string, string>(StringComparer.Ordinal);
        if (content.AsSpan().Trim(" \t\r\n"u8).IsEmpty)
        {
            return entries;
        }

        try
        {
            using var document = JsonDocument.Parse(content);
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                throw new SecretStoreException($"{Path} is not a secrets file: it holds a JSON {document.RootElement.ValueKind.ToString().ToLowerInvariant()}, not an object of secret IDs");
            }

            foreach (var entry in document.RootElement.EnumerateObject())
            {
                entries[entry.Name] = entry.Value.ValueKind == JsonValueKind.String
                    ? entry.Value.GetString()!
                    : throw new SecretStoreException($"{Path} is not a secrets file: the value of '{entry.Name}' is not a string");
            }
        }
        catch (JsonException exception)
        {
            throw new SecretStoreException($"{Path} is not a secrets file: invalid JSON at line {exception.LineNumber + 1}", exception);
        }

        return entries;
    }

    private static byte[] Serialize(SortedDictionary<string, string> entries)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, s_writerOptions))
        {
            writer.WriteStartObject();
            foreach (var (id, value) in entries)
            {
                writer.WriteString(id, value);
            }

            writer.WriteEndObject();
        }

        buffer.WriteByte((byte)'\n');
        return buffer.ToArray();
    }
}
