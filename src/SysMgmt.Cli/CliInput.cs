namespace SysMgmt.Cli;

/// <summary>
/// Standard input: where secrets come from (piped in, never on the command line). <see cref="IsTerminal"/> says
/// whether a person is typing, who is then prompted with the input hidden.
/// </summary>
internal sealed class CliInput(TextReader reader, bool isTerminal)
{
    public TextReader Reader { get; } = reader;

    public bool IsTerminal { get; } = isTerminal;
}
