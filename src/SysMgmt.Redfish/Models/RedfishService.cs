namespace SysMgmt.Redfish.Models;

/// <summary>
/// One of a BMC's services (SessionService, AccountService, EventService, TaskService…), read generically: SMD
/// keeps each as raw JSON, so every property the BMC sends is kept in <see cref="RedfishResource.ExtensionData"/>.
/// </summary>
public sealed record RedfishService : RedfishResource
{
    public bool? ServiceEnabled { get; init; }

    public ResourceStatus? Status { get; init; }
}
