using System.Collections.Concurrent;
using Serilog.Core;
using Serilog.Events;

namespace SysMgmt.Testing.Logging;

/// <summary>
/// Keeps every Serilog event in memory. Registered in a service's DI container as an <see cref="ILogEventSink"/>,
/// it joins the service's logger (ReadFrom.Services), so tests see events written straight to Serilog (request logs).
/// </summary>
public sealed class ListLogEventSink : ILogEventSink
{
    private readonly ConcurrentQueue<LogEvent> _events = new();

    public IReadOnlyList<LogEvent> Events => [.. _events];

    public void Emit(LogEvent logEvent) => _events.Enqueue(logEvent);
}
