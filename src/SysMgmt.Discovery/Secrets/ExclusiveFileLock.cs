using System.Diagnostics;

namespace SysMgmt.Discovery.Secrets;

/// <summary>
/// An exclusive advisory lock on a file beside the secrets file (<c>flock</c> through <see cref="FileShare.None"/>),
/// held while a writer reads, changes and replaces the file, so that concurrent writers, in this process or another,
/// do not lose each other's entries. The lock file stays; it is empty.
/// </summary>
internal sealed class ExclusiveFileLock : IDisposable
{
    private static readonly TimeSpan s_retryDelay = TimeSpan.FromMilliseconds(15);
    private readonly FileStream _stream;

    private ExclusiveFileLock(FileStream stream) => _stream = stream;

    public static async Task<ExclusiveFileLock> AcquireAsync(string path, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        var options = new FileStreamOptions
        {
            Mode = FileMode.OpenOrCreate,
            Access = FileAccess.ReadWrite,
            Share = FileShare.None,
        };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        while (true)
        {
            try
            {
                return new ExclusiveFileLock(new FileStream(path, options));
            }
            catch (IOException) when (Stopwatch.GetElapsedTime(started) < timeout && File.Exists(path))
            {
                // Another writer holds it; writes take milliseconds.
                await Task.Delay(s_retryDelay, cancellationToken);
            }
            catch (IOException exception) when (File.Exists(path))
            {
                throw new SecretStoreException($"another process has been writing the secrets file for {timeout.TotalSeconds:0} s (lock {path}); try again", exception);
            }
        }
    }

    public void Dispose() => _stream.Dispose();
}
