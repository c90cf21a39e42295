using SysMgmt.Smd.Discovery;

namespace SysMgmt.Smd.RedfishEndpoints;

/// <summary>One endpoint to store, with the inventory a discovery agent sent for it, if any.</summary>
internal sealed record RedfishEndpointWrite(ValidRedfishEndpoint Endpoint, DiscoveredInventory? Inventory);

/// <summary>What storing an endpoint did, for the response code (201 or 200).</summary>
internal enum RedfishEndpointWriteResult
{
    Created,
    Updated,
}
