namespace SysMgmt.Testing.Time;

/// <summary>
/// A clock that moves only when the test says so. It starts at the real time by default, so that tokens issued
/// by <see cref="Authentication.TestTokenIssuer"/> stay valid for a host that uses it.
/// </summary>
public sealed class ManualTimeProvider(DateTimeOffset? start = null) : TimeProvider
{
    private readonly Lock _lock = new();
    private DateTimeOffset _now = start ?? DateTimeOffset.UtcNow;

    public override DateTimeOffset GetUtcNow()
    {
        lock (_lock)
        {
            return _now;
        }
    }

    public void Advance(TimeSpan by)
    {
        lock (_lock)
        {
            _now += by;
        }
    }
}
