namespace SysMgmt.Core.Contracts;

/// <summary>The <c>{"RedfishEndpoints":[…]}</c> envelope.</summary>
public sealed record RedfishEndpointArray(IReadOnlyList<RedfishEndpoint> RedfishEndpoints);
