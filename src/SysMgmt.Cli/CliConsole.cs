using Spectre.Console;

namespace SysMgmt.Cli;

/// <summary>Where commands write: <see cref="Output"/> (stdout) is for data, <see cref="Messages"/> (stderr) for people.</summary>
internal sealed class CliConsole(TextWriter output, IAnsiConsole messages)
{
    public TextWriter Output { get; } = output;

    public IAnsiConsole Messages { get; } = messages;

    /// <summary>An error line on stderr; the text is not parsed as markup.</summary>
    public void Error(string message) => Messages.MarkupLineInterpolated($"[red]error:[/] {message}");
}
