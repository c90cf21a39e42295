using System.Diagnostics;
using SysMgmt.Testing.Processes;

namespace SysMgmt.EndToEnd.Tests;

/// <summary>A script run to its end, with stdout and stderr captured together.</summary>
internal static class ScriptRun
{
    /// <summary>
    /// Starts <paramref name="startInfo"/> and waits for it; returns its exit code and output. Past
    /// <paramref name="deadline"/> it gets SIGTERM, so that the script's own traps stop what it started, and the test fails.
    /// </summary>
    public static async Task<(int ExitCode, string Output)> RunAsync(ProcessStartInfo startInfo, TimeSpan deadline)
    {
        using var process = Start(startInfo, out var output);
        try
        {
            await process.WaitForExitAsync(TestContext.Current.CancellationToken).WaitAsync(deadline, TestContext.Current.CancellationToken);
        }
        catch (TimeoutException)
        {
            UnixSignals.Send(process.Id, "TERM");
            await process.WaitForExitAsync(CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(30), CancellationToken.None);
            Assert.Fail($"{startInfo.FileName} {startInfo.ArgumentList.FirstOrDefault()} did not finish within {deadline}:\n{output}");
        }

        // The parameterless wait also drains the redirected streams.
        process.WaitForExit();
        return (process.ExitCode, output.ToString());
    }

    /// <summary>Starts <paramref name="startInfo"/> with stdout and stderr collected together in <paramref name="output"/> as it runs.</summary>
    public static Process Start(ProcessStartInfo startInfo, out OutputBuffer output)
    {
        startInfo.RedirectStandardOutput = true;
        startInfo.RedirectStandardError = true;
        var lines = output = new OutputBuffer();
        var process = Process.Start(startInfo)!;
        process.OutputDataReceived += (_, e) => lines.Append(e.Data);
        process.ErrorDataReceived += (_, e) => lines.Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }
}
