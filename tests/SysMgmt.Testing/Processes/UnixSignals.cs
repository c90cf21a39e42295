using System.Diagnostics;

namespace SysMgmt.Testing.Processes;

/// <summary>Sends POSIX signals: <see cref="Process.Kill()"/> only sends SIGKILL, and users stop services with SIGTERM or Ctrl-C.</summary>
public static class UnixSignals
{
    public static void Send(int processId, string signal)
    {
        using var kill = Process.Start("kill", ["-" + signal, processId.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        kill.WaitForExit();
        if (kill.ExitCode != 0)
        {
            throw new InvalidOperationException($"kill -{signal} {processId} failed with exit code {kill.ExitCode}");
        }
    }
}
