using System.Text;

namespace SysMgmt.Testing.Processes;

/// <summary>Collects a child process's output lines from its reader threads, for assertions and failure messages.</summary>
public sealed class OutputBuffer
{
    private readonly StringBuilder _text = new();

    public void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_text)
        {
            _text.AppendLine(line);
        }
    }

    public override string ToString()
    {
        lock (_text)
        {
            return _text.ToString();
        }
    }
}
