namespace SysMgmt.Core.Contracts;

/// <summary>One element of a create response, <c>[{"URI":"/hsm/v2/…"}]</c>.</summary>
public sealed record ResourceUri(string URI);
