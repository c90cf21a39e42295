namespace SysMgmt.RedfishEmulator.Bmcs;

/// <summary>A Redfish Task that runs for <see cref="Duration"/> from <see cref="Started"/>, then completes.</summary>
public sealed record EmulatedTask(string Id, string Name, DateTimeOffset Started, TimeSpan Duration)
{
    public bool IsCompleteAt(DateTimeOffset now) => now - Started >= Duration;

    public int PercentCompleteAt(DateTimeOffset now) =>
        IsCompleteAt(now) ? 100 : (int)Math.Clamp((now - Started) / Duration * 100, 0, 99);
}
