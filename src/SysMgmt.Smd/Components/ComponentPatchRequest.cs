namespace SysMgmt.Smd.Components;

/// <summary>
/// The body of every component PATCH route, single and bulk: each route reads the fields it needs. Keys match
/// case-insensitively; <c>UpdateType</c>, <c>ExtendedInfo</c>, <c>Group</c> and <c>Partition</c> are accepted
/// and ignored, as in the anchors.
/// </summary>
internal sealed record ComponentPatchRequest
{
    public string? ID { get; init; }
    public IReadOnlyList<string>? ComponentIDs { get; init; }
    public string? State { get; init; }
    public string? Flag { get; init; }
    public bool Force { get; init; }
    public bool? Enabled { get; init; }
    public string? SoftwareStatus { get; init; }
    public string? Role { get; init; }
    public string? SubRole { get; init; }

    [System.Text.Json.Serialization.JsonNumberHandling(System.Text.Json.Serialization.JsonNumberHandling.AllowReadingFromString)]
    public long? NID { get; init; }
}
