namespace SysMgmt.Smd.Locks;

/// <summary>A validated <c>{"ID","Key"}</c>: the normalised xname and the key in lower case.</summary>
internal sealed record KeyedComponent(string Id, string Key);
