namespace SysMgmt.Redfish.Models;

/// <summary>The ServiceRoot (<c>/redfish/v1/</c>), readable without credentials.</summary>
public sealed record ServiceRoot : RedfishResource
{
    public string? RedfishVersion { get; init; }

    public string? UUID { get; init; }

    public string? Product { get; init; }

    public string? Vendor { get; init; }

    public ODataLink? Systems { get; init; }

    public ODataLink? Chassis { get; init; }

    public ODataLink? Managers { get; init; }

    public ODataLink? SessionService { get; init; }

    public ODataLink? AccountService { get; init; }

    public ODataLink? UpdateService { get; init; }

    public ODataLink? EventService { get; init; }

    /// <summary>The TaskService.</summary>
    public ODataLink? Tasks { get; init; }

    public ServiceRootLinks? Links { get; init; }

    public ProtocolFeatures? ProtocolFeaturesSupported { get; init; }
}
