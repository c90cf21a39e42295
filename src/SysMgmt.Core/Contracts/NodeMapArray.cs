namespace SysMgmt.Core.Contracts;

/// <summary>The <c>{"NodeMaps":[…]}</c> envelope.</summary>
public sealed record NodeMapArray(IReadOnlyList<NodeMap>? NodeMaps);
