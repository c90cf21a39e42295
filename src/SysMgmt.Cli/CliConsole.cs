using System.Text.Json.Nodes;
using Spectre.Console;
using SysMgmt.Discovery.Formats;

namespace SysMgmt.Cli;

/// <summary>
/// Where commands write: <see cref="Output"/> (stdout) is for data, <see cref="Messages"/> (stderr) for people.
/// <see cref="Interactive"/> says whether stdout is a terminal: tables and progress bars there, plain lines when
/// the output is redirected.
/// </summary>
internal sealed class CliConsole(TextWriter output, IAnsiConsole messages, bool interactive)
{
    private IAnsiConsole? _data;

    public TextWriter Output { get; } = output;

    public IAnsiConsole Messages { get; } = messages;

    public bool Interactive { get; } = interactive;

    /// <summary>An error line on stderr; the text is not parsed as markup.</summary>
    public void Error(string message) => Messages.MarkupLineInterpolated($"[red]error:[/] {message}");

    /// <summary>A warning line on stderr; the text is not parsed as markup.</summary>
    public void Warning(string message) => Messages.MarkupLineInterpolated($"[yellow]warning:[/] {message}");

    /// <summary>A table on stdout: with colours on a terminal, plain text (and wide, not wrapped) when redirected.</summary>
    public void WriteTable(Table table)
    {
        _data ??= CreateDataConsole();
        _data.Write(table);
        Output.Flush();
    }

    /// <summary>A table on stdout redrawn in place while <paramref name="action"/> runs (a terminal only).</summary>
    public Task LiveAsync(Table table, Func<LiveDisplayContext, Task> action)
    {
        _data ??= CreateDataConsole();
        return _data.Live(table).StartAsync(action);
    }

    /// <summary>Structured data on stdout, as JSON or YAML.</summary>
    public void WriteData(JsonNode? value, DataFormat format)
    {
        Output.Write(StructuredText.Write(value, format));
        Output.Flush();
    }

    private IAnsiConsole CreateDataConsole()
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(Output),
            Ansi = Interactive ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = Interactive ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = Interactive ? InteractionSupport.Detect : InteractionSupport.No,
        });
        if (!Interactive)
        {
            console.Profile.Width = 240;
        }

        return console;
    }
}
