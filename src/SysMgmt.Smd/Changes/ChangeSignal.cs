namespace SysMgmt.Smd.Changes;

/// <summary>
/// Wakes this process's feed consumers (the SCN dispatcher) when any replica commits changes. Take
/// <see cref="Next"/> before looking for work, then wait on it: a change committed in between still wakes you.
/// </summary>
internal sealed class ChangeSignal
{
    private TaskCompletionSource _next = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private long _latest;

    /// <summary>Completes at the next notification.</summary>
    public Task Next => Volatile.Read(ref _next).Task;

    /// <summary>The newest sequence number announced to this process (0 before the first).</summary>
    public long Latest => Interlocked.Read(ref _latest);

    public void Notify(long latest = 0)
    {
        if (latest > 0)
        {
            long seen;
            while ((seen = Interlocked.Read(ref _latest)) < latest && Interlocked.CompareExchange(ref _latest, latest, seen) != seen)
            {
            }
        }

        Interlocked.Exchange(ref _next, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult();
    }
}
