namespace SysMgmt.Smd.Changes;

/// <summary>What happened to the entity (the <c>Operation</c> of a change).</summary>
public static class ChangeOperations
{
    public const string Created = "Created";
    public const string Updated = "Updated";
    public const string Deleted = "Deleted";
}
