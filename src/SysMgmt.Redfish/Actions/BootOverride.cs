namespace SysMgmt.Redfish.Actions;

/// <summary>A boot-source override: e.g. target <c>Pxe</c>, enabled <c>Once</c>, mode <c>UEFI</c>. Null fields are left alone.</summary>
public sealed record BootOverride
{
    public string? BootSourceOverrideTarget { get; init; }

    public string? BootSourceOverrideEnabled { get; init; }

    public string? BootSourceOverrideMode { get; init; }
}
