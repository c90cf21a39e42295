namespace SysMgmt.Bss.NodeIndex;

/// <summary>How the last reads of SMD went.</summary>
/// <remarks><c>LastError</c>: Why the last read failed; null when it succeeded.
/// <c>Warning</c>: Something the last successful read lacked (ComponentEndpoints refused).</remarks>
internal sealed record NodeIndexStatus(DateTimeOffset? LastSuccess, DateTimeOffset? LastAttempt, string? LastError, string? Warning, int NodeCount)
{
    public static readonly NodeIndexStatus NotLoaded = new(null, null, null, null, 0);

    public bool Succeeded => LastAttempt is not null && LastError is null;
}
