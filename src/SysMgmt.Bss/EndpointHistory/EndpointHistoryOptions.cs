namespace SysMgmt.Bss.EndpointHistory;

/// <summary>Endpoint history settings (section <c>Bss:EndpointHistory</c>).</summary>
public sealed class EndpointHistoryOptions
{
    /// <summary>How often recorded accesses are written to PostgreSQL, in one batch.</summary>
    public TimeSpan FlushInterval { get; set; } = TimeSpan.FromSeconds(5);
}
