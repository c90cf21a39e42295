namespace SysMgmt.Discovery.Firmware;

/// <summary>A BMC's UpdateService (enabled, state, health, how it takes images) and its firmware inventory.</summary>
public sealed record FirmwareStatus
{
    public bool? ServiceEnabled { get; init; }

    public string? State { get; init; }

    public string? Health { get; init; }

    /// <summary>The update methods the BMC offers.</summary>
    public IReadOnlyList<FirmwareUpdateMethod> Methods { get; init; } = [];

    public IReadOnlyList<FirmwareComponent> Components { get; init; } = [];
}
