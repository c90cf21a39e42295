namespace SysMgmt.Core.Contracts;

/// <summary>The <c>{"ServiceEndpoints":[…]}</c> envelope.</summary>
public sealed record ServiceEndpointArray(IReadOnlyList<ServiceEndpoint> ServiceEndpoints);
