using System.Globalization;
using System.Runtime.InteropServices;

namespace SysMgmt.Dhcp.Dnsmasq;

/// <summary>
/// The running dnsmasq, found through its pid file. SIGHUP makes it read its host files again: new and changed files
/// in <c>--dhcp-hostsdir</c> are read on their own (inotify), but a host removed from a file stays until SIGHUP.
/// </summary>
public static partial class DnsmasqProcess
{
    private const int SigHup = 1;
    private const int NoSuchProcess = 3; // ESRCH

    /// <summary>Sends SIGHUP; returns null when it was sent, else why not (no pid file, no such process).</summary>
    public static string? Reload(string pidFile)
    {
        string text;
        try
        {
            text = File.ReadAllText(pidFile).Trim();
        }
        catch (Exception exception) when (exception is FileNotFoundException or DirectoryNotFoundException)
        {
            return $"dnsmasq is not running (no pid file {pidFile})";
        }

        if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var pid) || pid <= 1)
        {
            return $"the pid file {pidFile} does not hold a process ID ('{text}')";
        }

        if (Kill(pid, SigHup) == 0)
        {
            return null;
        }

        var errno = Marshal.GetLastPInvokeError();
        return errno == NoSuchProcess
            ? $"dnsmasq is not running (no process {pid} from {pidFile})"
            : $"cannot signal dnsmasq (process {pid}): {Marshal.GetPInvokeErrorMessage(errno)}";
    }

    [LibraryImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static partial int Kill(int pid, int signal);
}
