using SysMgmt.Core.Contracts;
using SysMgmt.Core.Xnames;

namespace SysMgmt.Smd.EthernetInterfaces;

/// <summary>
/// A validated PATCH: null fields are left alone. When <see cref="SetsComponent"/>, <see cref="ComponentId"/>
/// replaces the owner (null clears it). <see cref="IpAddresses"/>, when given, replaces the list.
/// </summary>
internal sealed record EthernetInterfacePatch(
    string? Description,
    bool SetsComponent,
    Xname? ComponentId,
    IReadOnlyList<EthernetInterfaceIpAddress>? IpAddresses)
{
    /// <summary>The HMS type of the new owner, or null when the PATCH clears it.</summary>
    public string? Type => ComponentId is { } owner ? XnameTypes.Name(owner.Type) : null;
}
