using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using SysMgmt.Cli.Commands;

namespace SysMgmt.Cli.Tests;

/// <summary>Runs the sysmgmt root command in-process, capturing what it writes to stdout and stderr.</summary>
internal sealed class CliRunner
{
    private readonly StringWriter _output = new();
    private readonly StringWriter _error = new();
    private readonly TextWriter _syncOutput;
    private readonly TextWriter _syncError;

    public CliRunner()
    {
        _syncOutput = TextWriter.Synchronized(_output);
        _syncError = TextWriter.Synchronized(_error);
    }

    /// <summary>What the command reads on standard input (not a terminal).</summary>
    public string Input { get; set; } = string.Empty;

    /// <summary>The only environment variables the command sees.</summary>
    public Dictionary<string, string> Environment { get; } = new(StringComparer.Ordinal);

    public string Output => Read(_output);

    public string Error => Read(_error);

    public Task<int> RunAsync(string commandLine, CancellationToken cancellationToken)
    {
        var services = new ServiceCollection().AddSysMgmtCommands(_syncOutput, _syncError)
            .AddSingleton(new CliInput(new StringReader(Input), isTerminal: false))
            .AddSingleton(new CliEnvironment(Environment.GetValueOrDefault))
            .BuildServiceProvider();
        var root = services.GetRequiredService<SysMgmtRootCommand>();
        var configuration = new InvocationConfiguration { Output = _syncOutput, Error = _syncError, ProcessTerminationTimeout = null };
        return CommandLineRunner.RunAsync(root, System.CommandLine.Parsing.CommandLineParser.SplitCommandLine(commandLine).ToArray(), configuration, cancellationToken);
    }

    private static string Read(StringWriter writer)
    {
        lock (writer)
        {
            return writer.ToString();
        }
    }
}
