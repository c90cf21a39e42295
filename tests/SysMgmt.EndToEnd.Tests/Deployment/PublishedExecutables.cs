using System.Diagnostics;
using SysMgmt.Testing;
using SysMgmt.Testing.Files;

namespace SysMgmt.EndToEnd.Tests.Deployment;

/// <summary>The native executables, built once for the tests that run them, by <c>scripts/publish</c> as a user would.</summary>
public sealed class PublishedExecutables : IAsyncLifetime
{
    private readonly TemporaryDirectory _directory = new();

    public string Directory => _directory.Path;

    public string PathOf(string name) => Path.Combine(Directory, name);

    public async ValueTask InitializeAsync()
    {
        var startInfo = new ProcessStartInfo(RepositoryPaths.Script("publish")) { ArgumentList = { "--output", Directory } };
        var (exitCode, output) = await ScriptRun.RunAsync(startInfo, TimeSpan.FromMinutes(20));
        Assert.True(exitCode == 0, $"scripts/publish exited {exitCode}:\n{output}");
    }

    public ValueTask DisposeAsync()
    {
        _directory.Dispose();
        return ValueTask.CompletedTask;
    }
}
