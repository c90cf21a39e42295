namespace SysMgmt.Smd.Hardware;

/// <summary>History event types. SMD records <see cref="Detected"/> and <see cref="Removed"/>; all four can be queried.</summary>
internal static class HardwareEventTypes
{
    public const string Added = "Added";
    public const string Removed = "Removed";
    public const string Scanned = "Scanned";
    public const string Detected = "Detected";

    public static IReadOnlyList<string> All { get; } = [Added, Removed, Scanned, Detected];

    public static string? Normalize(string value) =>
        All.FirstOrDefault(t => string.Equals(t, value.Trim(), StringComparison.OrdinalIgnoreCase));
}
