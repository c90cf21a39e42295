namespace SysMgmt.Redfish.Models;

/// <summary>A link: <c>{"@odata.id": "/redfish/v1/…"}</c> (read leniently, see <c>LenientLinkConverter</c>).</summary>
public sealed record ODataLink
{
    public string? ODataId { get; init; }
}
