namespace SysMgmt.Smd.Groups;

/// <summary>A validated PATCH of a group or partition: null leaves a field as it is.</summary>
internal sealed record GroupPatch(string? Description, IReadOnlyList<string>? Tags);
