using System.Diagnostics;

namespace SysMgmt.Dhcp.IntegrationTests.Infrastructure;

/// <summary>Runs a system command to its end (ip, busybox), failing the test with its output when it fails.</summary>
internal static class Commands
{
    public static async Task<string> RunAsync(string file, params string[] arguments)
    {
        var (exitCode, output) = await TryRunAsync(file, arguments);
        Assert.True(exitCode == 0, $"{file} {string.Join(' ', arguments)} exited with {exitCode}:\n{output}");
        return output;
    }

    public static async Task<(int ExitCode, string Output)> TryRunAsync(string file, IEnumerable<string> arguments, IReadOnlyDictionary<string, string>? environment = null)
    {
        var startInfo = new ProcessStartInfo(file, arguments) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            startInfo.Environment[name] = value;
        }

        using var process = Process.Start(startInfo) ?? throw new InvalidOperationException($"could not start {file}");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output + await error);
    }
}
