namespace SysMgmt.Discovery.Files;

/// <summary>
/// Replaces a file all at once: the text goes to a temporary file in the same directory, is flushed to disk, and is
/// renamed over the target, so a reader sees the old file or the new one, never half of one. Created owner-only.
/// </summary>
public static class AtomicFile
{
    public const UnixFileMode OwnerOnly = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    private const UnixFileMode OwnerOnlyDirectory = OwnerOnly | UnixFileMode.UserExecute;

    /// <summary>Creates <paramref name="path"/>'s directory (owner-only) when it is missing.</summary>
    public static void CreateDirectoryFor(string path)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(path))!;
        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(directory);
        }
        else
        {
            Directory.CreateDirectory(directory, OwnerOnlyDirectory);
        }
    }

    public static Task WriteAllTextAsync(string path, string text, CancellationToken cancellationToken = default) =>
        WriteAllBytesAsync(path, System.Text.Encoding.UTF8.GetBytes(text), null, cancellationToken);

    /// <param name="path">The file to replace; its directory is created (owner-only) when missing.</param>
    /// <param name="content">The new content.</param>
    /// <param name="beforeReplace">Called with the temporary file just before the rename (tests inject a failure there).</param>
    /// <param name="cancellationToken">Cancels the write; the old file stays.</param>
    public static async Task WriteAllBytesAsync(string path, ReadOnlyMemory<byte> content, Action<string>? beforeReplace, CancellationToken cancellationToken)
    {
        CreateDirectoryFor(path);
        var fullPath = Path.GetFullPath(path);
        var temporary = Path.Combine(Path.GetDirectoryName(fullPath)!, $".{Path.GetFileName(fullPath)}.{Guid.NewGuid():N}.tmp");
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write, Share = FileShare.None };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = OwnerOnly;
        }

        try
        {
            await using (var stream = new FileStream(temporary, options))
            {
                await stream.WriteAsync(content, cancellationToken);
                stream.Flush(flushToDisk: true);
            }

            beforeReplace?.Invoke(temporary);
            File.Move(temporary, fullPath, overwrite: true);
        }
        catch
        {
            DeleteQuietly(temporary);
            throw;
        }
    }

    /// <summary>Cleanup after a failed write: the write's own exception is the one worth reporting.</summary>
    private static void DeleteQuietly(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // Left behind as a dot file; the next write uses another name.
        }
    }
}
