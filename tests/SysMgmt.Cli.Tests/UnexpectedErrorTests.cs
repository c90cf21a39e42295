using System.CommandLine;
using SysMgmt.Cli.Commands;

namespace SysMgmt.Cli.Tests;

/// <summary>An exception no command expected still ends with a message and its own exit code, never silently.</summary>
public sealed class UnexpectedErrorTests
{
    [Fact]
    public async Task Invoke_StrayCancellation_ReportsAnInternalErrorWithExit70()
    {
        var (exitCode, error) = await RunAsync(new TaskCanceledException("stray", new TimeoutException("a handler's own timer")));

        Assert.Equal(ExitCodes.InternalError, exitCode);
        Assert.Contains("internal error in sysmgmt failing", error, StringComparison.Ordinal);
        Assert.Contains("a handler's own timer", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Invoke_UnexpectedException_ReportsAnInternalErrorWithExit70()
    {
        var (exitCode, error) = await RunAsync(new InvalidOperationException("broken invariant"));

        Assert.Equal(ExitCodes.InternalError, exitCode);
        Assert.Contains("broken invariant", error, StringComparison.Ordinal);
    }

    private static async Task<(int ExitCode, string Error)> RunAsync(Exception thrown)
    {
        var error = new StringWriter();
        var root = new RootCommand { new FailingCommand(thrown) };
        var exitCode = await root.Parse(["failing"]).InvokeAsync(new InvocationConfiguration { Error = error, ProcessTerminationTimeout = null }, TestContext.Current.CancellationToken);
        return (exitCode, error.ToString());
    }

    private sealed class FailingCommand(Exception thrown) : BaseCommand("failing", "Throws.")
    {
        protected override Task<int> ExecuteAsync(ParseResult parseResult, CancellationToken cancellationToken) => Task.FromException<int>(thrown);
    }
}
