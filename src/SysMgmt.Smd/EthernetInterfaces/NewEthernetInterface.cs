using SysMgmt.Core.Contracts;
using SysMgmt.Core.Xnames;

namespace SysMgmt.Smd.EthernetInterfaces;

/// <summary>
/// A validated, normalised interface, ready to store: <see cref="Id"/> and <see cref="MacAddress"/> come from the
/// same MAC, IP addresses are canonical and distinct, and <see cref="ComponentId"/> is null when the owner is unknown.
/// Build one with <see cref="EthernetInterfaceValidator.Validate(EthernetInterfacePostRequest, List{string})"/>.
/// </summary>
internal sealed record NewEthernetInterface(
    string Id,
    string MacAddress,
    string Description,
    Xname? ComponentId,
    IReadOnlyList<EthernetInterfaceIpAddress> IpAddresses)
{
    /// <summary>The HMS type of the owner, or null when there is none.</summary>
    public string? Type => ComponentId is { } owner ? XnameTypes.Name(owner.Type) : null;
}
