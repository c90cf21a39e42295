namespace SysMgmt.Redfish.Models;

/// <summary>The UpdateService.</summary>
public sealed record UpdateService : RedfishResource
{
    public bool? ServiceEnabled { get; init; }

    public ODataLink? FirmwareInventory { get; init; }

    public ODataLink? SoftwareInventory { get; init; }

    /// <summary>Where an image is POSTed as the whole body (OpenBMC's <c>UpdateService/update</c>).</summary>
    public string? HttpPushUri { get; init; }

    /// <summary>Where an image is POSTed as a multipart form (<c>UpdateParameters</c>, <c>UpdateFile</c>).</summary>
    public string? MultipartHttpPushUri { get; init; }

    public ResourceStatus? Status { get; init; }

    public UpdateServiceActions? Actions { get; init; }
}
