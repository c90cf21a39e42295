using System.Diagnostics;

namespace SysMgmt.Discovery.Files;

/// <summary>
/// An exclusive lock on a lock file beside a file that several sysmgmt processes update (the scan cache, the secrets
/// file): an open with no sharing, which .NET takes as <c>flock</c> on Unix. Writers take turns, so none loses
/// another's changes. The lock file stays; it is empty and owner-only.
/// </summary>
public sealed class ExclusiveFileLock : IDisposable
{
    private static readonly TimeSpan s_retryDelay = TimeSpan.FromMilliseconds(15);

    private readonly FileStream _file;

    private ExclusiveFileLock(FileStream file) => _file = file;

    /// <exception cref="TimeoutException">Another process held the lock for all of <paramref name="wait"/>.</exception>
    public static async Task<ExclusiveFileLock> AcquireAsync(string lockPath, TimeSpan wait, CancellationToken cancellationToken)
    {
        AtomicFile.CreateDirectoryFor(lockPath);
        var options = new FileStreamOptions { Mode = FileMode.OpenOrCreate, Access = FileAccess.ReadWrite, Share = FileShare.None };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = AtomicFile.OwnerOnly;
        }

        var started = Stopwatch.GetTimestamp();
        while (true)
        {
            try
            {
                return new ExclusiveFileLock(new FileStream(lockPath, options));
            }
            catch (IOException exception) when (exception.GetType() == typeof(IOException))
            {
                // Held by another writer (a plain IOException; a missing directory and the like are subclasses).
                if (Stopwatch.GetElapsedTime(started) >= wait)
                {
                    throw new TimeoutException($"another sysmgmt held {lockPath} for {wait.TotalSeconds:0} s", exception);
                }

                await Task.Delay(s_retryDelay, cancellationToken);
            }
        }
    }

    public void Dispose() => _file.Dispose();
}
