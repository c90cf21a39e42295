using SysMgmt.Core.Contracts;

namespace SysMgmt.Smd.EthernetInterfaces;

// Property records, so a wrong JSON type is reported with the field's own type (see ComponentContracts.cs).

/// <summary>
/// <c>POST /Inventory/EthernetInterfaces</c>. <c>ID</c>, <c>Type</c> and <c>LastUpdate</c> may be sent (ochami
/// sends ID and Type) but are ignored: the server derives them.
/// </summary>
internal sealed record EthernetInterfacePostRequest
{
    public string? Description { get; init; }
    public string? MACAddress { get; init; }
    public string? ComponentID { get; init; }
    public IReadOnlyList<EthernetInterfaceIpAddress?>? IPAddresses { get; init; }
}

/// <summary>
/// <c>PATCH /Inventory/EthernetInterfaces/{id}</c>: absent (or null) fields are left alone; <c>IPAddresses</c>
/// replaces the whole list and <c>"ComponentID":""</c> clears the owner.
/// </summary>
internal sealed record EthernetInterfacePatchRequest
{
    public string? Description { get; init; }
    public string? ComponentID { get; init; }
    public IReadOnlyList<EthernetInterfaceIpAddress?>? IPAddresses { get; init; }
}

/// <summary><c>PATCH /Inventory/EthernetInterfaces/{id}/IPAddresses/{ip}</c>: <c>{"Network":"HMN"}</c>; <c>""</c> clears it.</summary>
internal sealed record IpAddressPatchRequest
{
    public string? Network { get; init; }
}
