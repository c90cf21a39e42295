namespace SysMgmt.Smd.Groups;

/// <summary>
/// Groups and partitions share one table and one set of rules (<see cref="ComponentGroupEntity.Namespace"/> tells them
/// apart); this is what differs: their routes and the words the anchors' messages use for them.
/// </summary>
/// <remarks>
/// Each route group carries its kind as endpoint metadata; a handler parameter of this type is bound from it, so one
/// handler serves both kinds.
/// </remarks>
internal sealed record GroupKind(string Namespace, string Noun, string BasePath)
{
    public static readonly GroupKind Group = new(ComponentGroupEntity.GroupNamespace, "group", "/hsm/v2/groups");
    public static readonly GroupKind Partition = new(ComponentGroupEntity.PartitionNamespace, "partition", "/hsm/v2/partitions");

    public static ValueTask<GroupKind?> BindAsync(HttpContext context) =>
        ValueTask.FromResult(context.GetEndpoint()?.Metadata.GetMetadata<GroupKind>());

    /// <summary>A name from a path or body, normalised: a group label, or a partition's <c>p#.#</c>.</summary>
    public (string? Value, string? Error) ParseName(string raw) =>
        this == Partition ? GroupFields.PartitionName(raw) : GroupFields.Label(raw);

    public string Uri(string name) => $"{BasePath}/{name}";

    public string MembersUri(string name) => $"{BasePath}/{name}/members";

    public string MemberUri(string name, string member) => $"{BasePath}/{name}/members/{member}";
}
