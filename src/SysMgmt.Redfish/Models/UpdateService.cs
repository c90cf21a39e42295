namespace SysMgmt.Redfish.Models;

/// <summary>The UpdateService.</summary>
public sealed record UpdateService : RedfishResource
{
    public bool? ServiceEnabled { get; init; }

    public ODataLink? FirmwareInventory { get; init; }

    public ODataLink? SoftwareInventory { get; init; }

    public string? HttpPushUri { get; init; }

    public UpdateServiceActions? Actions { get; init; }
}
