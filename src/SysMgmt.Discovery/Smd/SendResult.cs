namespace SysMgmt.Discovery.Smd;

/// <summary>What SMD did with one BMC's payload.</summary>
public sealed record SendResult(SendAction Action, int HardwareLocations, string? Error)
{
    public bool IsSuccess => Error is null;

    public static SendResult Failed(string error) => new(SendAction.None, 0, error);
}
