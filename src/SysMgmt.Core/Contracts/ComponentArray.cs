namespace SysMgmt.Core.Contracts;

/// <summary>The <c>{"Components":[…]}</c> envelope of component lists.</summary>
public sealed record ComponentArray(IReadOnlyList<Component> Components);
