namespace SysMgmt.Smd.Groups;

/// <summary>A validated, normalised group or partition to create; <see cref="Members"/> are distinct xnames.</summary>
internal sealed record NewGroup(
    GroupKind Kind, string Name, string Description, IReadOnlyList<string> Tags, string? ExclusiveGroup, IReadOnlyList<string> Members);
