using System.Diagnostics;

namespace SysMgmt.Testing.Processes;

/// <summary>
/// Runs the <c>sysmgmt</c> command as a real process (<c>dotnet sysmgmt.dll …</c> from the test's output directory)
/// to its end, with stdout and stderr apart, as a sysadmin's shell would.
/// </summary>
public static class CliProcess
{
    public sealed record Result(int ExitCode, string Output, string Error)
    {
        public override string ToString() => $"exit {ExitCode}\n--- stdout\n{Output}\n--- stderr\n{Error}";
    }

    public static async Task<Result> RunAsync(
        IEnumerable<string> arguments, IReadOnlyDictionary<string, string>? environment = null, string? input = null, TimeSpan? timeout = null)
    {
        var startInfo = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        foreach (var argument in (IEnumerable<string>)[Path.Combine(AppContext.BaseDirectory, "sysmgmt.dll"), .. arguments])
        {
            startInfo.ArgumentList.Add(argument);
        }

        // Nothing from the developer's own shell leaks in (a token, a password, a secrets file).
        foreach (var name in new[] { "SYSMGMT_TOKEN", "ACCESS_TOKEN", "SYSMGMT_BMC_PASSWORD", "SYSMGMT_SECRETS_FILE", "MASTER_KEY", "SYSMGMT_SMD_URL" })
        {
            startInfo.Environment.Remove(name);
        }

        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            startInfo.Environment[name] = value;
        }

        var output = new OutputBuffer();
        var error = new OutputBuffer();
        using var process = Process.Start(startInfo) ?? throw new InvalidOperationException("could not start sysmgmt");
        process.OutputDataReceived += (_, e) => output.Append(e.Data);
        process.ErrorDataReceived += (_, e) => error.Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        await process.StandardInput.WriteAsync(input ?? "");
        process.StandardInput.Close();
        var deadline = timeout ?? TimeSpan.FromMinutes(2);
        try
        {
            await process.WaitForExitAsync().WaitAsync(deadline);
        }
        catch (TimeoutException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"sysmgmt {string.Join(' ', arguments)} did not finish within {deadline}:\n{output}\n{error}");
        }

        process.WaitForExit();
        return new Result(process.ExitCode, output.ToString(), error.ToString());
    }
}
