using Microsoft.Extensions.Logging;
using Spectre.Console;

namespace SysMgmt.Cli.Commands.Dhcp;

/// <summary>
/// Shows a library's log events to the sysadmin as message lines on stderr (warnings and errors marked as such), for
/// commands that run for hours and must say why they are reconnecting.
/// </summary>
internal sealed class MessagesLogger<T>(CliConsole console, LogLevel minimum) : ILogger<T>
{
    public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => logLevel >= minimum && logLevel != LogLevel.None;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        if (!IsEnabled(logLevel))
        {
            return;
        }

        var message = formatter(state, exception);
        switch (logLevel)
        {
            case >= LogLevel.Error:
                console.Error(message);
                break;
            case LogLevel.Warning:
                console.Warning(message);
                break;
            default:
                console.Messages.WriteLine(message);
                break;
        }
    }
}
