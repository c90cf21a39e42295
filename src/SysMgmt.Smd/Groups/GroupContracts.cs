using System.Text.Json.Serialization;

namespace SysMgmt.Smd.Groups;

/// <summary><c>PATCH /groups/{label}</c> and <c>/partitions/{name}</c>: only the description and tags change.</summary>
internal sealed record GroupPatchRequest
{
    [JsonPropertyName("description")]
    public string? Description { get; init; }

    [JsonPropertyName("tags")]
    public IReadOnlyList<string>? Tags { get; init; }
}

/// <summary><c>POST …/members</c>: one new member, <c>{"id":"x1c0s1b0n0"}</c> (<c>MemberID</c>).</summary>
internal sealed record MemberRequest
{
    [JsonPropertyName("id")]
    public string? Id { get; init; }
}

/// <summary><c>PUT /groups/{label}/members</c> (OpenCHAMI): the whole member list, <c>{"group":…,"ids":[…]}</c> (<c>MemberList</c>).</summary>
internal sealed record MemberListRequest
{
    [JsonPropertyName("group")]
    public string? Group { get; init; }

    [JsonPropertyName("ids")]
    public IReadOnlyList<string>? Ids { get; init; }
}
