namespace SysMgmt.ServiceDefaults.Data;

/// <summary>
/// PostgreSQL settings every connection of the service's data source starts with (sent as <c>-c name=value</c> in
/// the connection's startup options, so they survive the pool's reset of a returned connection). A service sets
/// them from its own options, e.g. SMD turns its change feed off with <c>smd.changes=off</c>.
/// </summary>
public sealed class DatabaseSessionOptions
{
    public Dictionary<string, string> Settings { get; } = new(StringComparer.Ordinal);
}
