namespace SysMgmt.Core.Contracts;

/// <summary>The <c>{"ComponentEndpoints":[…]}</c> envelope.</summary>
public sealed record ComponentEndpointArray(IReadOnlyList<ComponentEndpoint> ComponentEndpoints);
