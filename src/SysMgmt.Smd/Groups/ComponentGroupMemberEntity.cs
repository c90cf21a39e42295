namespace SysMgmt.Smd.Groups;

public sealed class ComponentGroupMemberEntity
{
    public required string ComponentId { get; set; }
    public Guid GroupId { get; set; }
    public required string ExclusivityKey { get; set; }
    public DateTimeOffset JoinedAt { get; set; }
    public ComponentGroupEntity Group { get; set; } = null!;
}
