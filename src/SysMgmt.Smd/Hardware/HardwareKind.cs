using SysMgmt.Core.Xnames;

namespace SysMgmt.Smd.Hardware;

/// <summary>
/// How one component type appears in hardware inventory: its discriminators (<c>HWInvByLocNode</c>), the names
/// and shapes of its info objects (<c>NodeLocationInfo</c>, <c>NodeFRUInfo</c>), the array it is listed in
/// (<c>Nodes</c>), and the type it is nested under in the NestNodesOnly format.
/// </summary>
internal sealed record HardwareKind(
    XnameType Type,
    string Name,
    string ArrayName,
    InfoShape LocationShape,
    InfoShape FruShape,
    FruIdSource FruIdSource = FruIdSource.Standard,
    XnameType? NestedUnder = null,
    string? SpecName = null)
{
    public string LocationType => "HWInvByLoc" + Name;
    public string LocationInfoName => Name + "LocationInfo";
    public string FruType => "HWInvByFRU" + Name;
    public string FruInfoName => Name + "FRUInfo";

    /// <summary>True when <paramref name="discriminator"/> names this kind; the API spec's spelling is accepted too.</summary>
    public bool IsLocationType(string discriminator) => Matches(discriminator, "HWInvByLoc");

    public bool IsFruType(string discriminator) => Matches(discriminator, "HWInvByFRU");

    /// <summary>The info object names a body may use: ours, and the API spec's (<c>HSNNICLocationInfo</c>).</summary>
    public IEnumerable<string> InfoNames(string suffix) =>
        SpecName is null ? [Name + suffix] : [Name + suffix, SpecName + suffix];

    private bool Matches(string discriminator, string prefix) =>
        string.Equals(discriminator, prefix + Name, StringComparison.OrdinalIgnoreCase)
        || (SpecName is not null && string.Equals(discriminator, prefix + SpecName, StringComparison.OrdinalIgnoreCase));
}
