namespace SysMgmt.Redfish.Models;

/// <summary>A Storage subsystem of a System.</summary>
public sealed record Storage : RedfishResource
{
    public IReadOnlyList<ODataLink>? Drives { get; init; }

    public ResourceStatus? Status { get; init; }
}
