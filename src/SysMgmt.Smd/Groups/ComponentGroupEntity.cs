namespace SysMgmt.Smd.Groups;

/// <summary>A group or a partition (<see cref="Namespace"/> tells which); members are components.</summary>
public sealed class ComponentGroupEntity
{
    public const string GroupNamespace = "group";
    public const string PartitionNamespace = "partition";

    public Guid Id { get; set; }
    public required string Namespace { get; set; }
    public required string Name { get; set; }
    public string Description { get; set; } = "";
    public string[] Tags { get; set; } = [];
    public string? ExclusiveGroup { get; set; }
}
