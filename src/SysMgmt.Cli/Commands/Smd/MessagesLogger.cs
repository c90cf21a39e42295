using Microsoft.Extensions.Logging;
using Spectre.Console;
using SysMgmt.Inventory.Grpc.Following;

namespace SysMgmt.Cli.Commands.Smd;

/// <summary>The follower's warnings and errors (lost stream, reconnected, resync) as messages on stderr.</summary>
internal sealed class MessagesLogger(CliConsole console) : ILogger<InventoryFollower>
{
    public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Information;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        switch (logLevel)
        {
            case >= LogLevel.Error:
                console.Error(formatter(state, exception));
                break;
            case LogLevel.Warning:
                console.Warning(formatter(state, exception));
                break;
            case LogLevel.Information when eventId.Name is "LogReconnected":
                console.Messages.WriteLine(formatter(state, exception), Style.Plain);
                break;
        }
    }
}
