using System.Diagnostics;
using SysMgmt.Discovery.Files;

namespace SysMgmt.Discovery.Cache;

/// <summary>
/// An exclusive lock on <c>&lt;cache&gt;.lock</c> (an open with no sharing, which .NET takes as <c>flock</c> on Unix):
/// two sysmgmt processes that update the cache at once take turns, and neither loses the other's results.
/// </summary>
internal sealed class CacheLock : IDisposable
{
    private static readonly TimeSpan s_retryDelay = TimeSpan.FromMilliseconds(20);

    private readonly FileStream _file;

    private CacheLock(FileStream file) => _file = file;

    public static async Task<CacheLock> AcquireAsync(string cachePath, TimeSpan wait, CancellationToken cancellationToken)
    {
        var path = cachePath + ".lock";
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
                return new CacheLock(new FileStream(path, options));
            }
            catch (IOException exception) when (exception.GetType() == typeof(IOException) && Stopwatch.GetElapsedTime(started) < wait)
            {
                // Held by another writer (a plain IOException; missing directories and the like are subclasses).
                await Task.Delay(s_retryDelay, cancellationToken);
            }
            catch (IOException exception) when (exception.GetType() == typeof(IOException))
            {
                throw new DiscoveryCacheException($"the discovery cache {cachePath} stayed locked for {wait.TotalSeconds:0} s by another sysmgmt ({path})", innerException: exception);
            }
        }
    }

    public void Dispose() => _file.Dispose();
}
