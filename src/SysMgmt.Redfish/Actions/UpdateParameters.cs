namespace SysMgmt.Redfish.Actions;

/// <summary>The <c>UpdateParameters</c> part of a multipart firmware push.</summary>
public sealed record UpdateParameters
{
    public IReadOnlyList<string>? Targets { get; init; }
}
