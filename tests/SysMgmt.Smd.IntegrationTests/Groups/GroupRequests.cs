using System.Net;
using System.Text.Json;
using SysMgmt.Testing.Http;
using static SysMgmt.Smd.IntegrationTests.Infrastructure.SmdApi;

namespace SysMgmt.Smd.IntegrationTests.Groups;

/// <summary>The group, partition and membership routes, and the requests their tests repeat.</summary>
internal static class GroupRequests
{
    public const string GroupsPath = "/hsm/v2/groups";
    public const string PartitionsPath = "/hsm/v2/partitions";
    public const string MembershipsPath = "/hsm/v2/memberships";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>A group body; <paramref name="exclusive"/> and <paramref name="tags"/> are left out when null.</summary>
    public static string GroupJson(string label, string? exclusive = null, string[]? tags = null, params string[] members) =>
        Json(new { label, description = $"the {label} group", exclusiveGroup = exclusive, tags, members = new { ids = members } });

    public static string PartitionJson(string name, string[]? tags = null, params string[] members) =>
        Json(new { name, description = $"partition {name}", tags, members = new { ids = members } });

    /// <summary>POSTs a group body, asserts the 201 and returns the created URI.</summary>
    public static Task<string> PostGroupAsync(this HttpClient client, string json) => client.PostCreatedAsync(GroupsPath, json);

    public static Task<string> PostPartitionAsync(this HttpClient client, string json) => client.PostCreatedAsync(PartitionsPath, json);

    /// <summary>POSTs, asserts the anchors' <c>201 [{"URI":…}]</c> with a matching <c>Location</c>, and returns the URI.</summary>
    public static async Task<string> PostCreatedAsync(this HttpClient client, string uri, string json)
    {
        using var response = await client.PostJsonAsync(uri, json, Ct);
        await AssertStatusAsync(response, HttpStatusCode.Created);
        var created = (await response.ReadJsonAsync(Ct)).EnumerateArray().Single().GetProperty("URI").GetString()!;
        Assert.Equal(created, response.Headers.Location?.OriginalString);
        return created;
    }

    /// <summary>GETs a bare JSON array and asserts the 200.</summary>
    public static async Task<JsonElement[]> GetArrayAsync(this HttpClient client, string uri)
    {
        var body = await client.GetJsonAsync(uri);
        Assert.Equal(JsonValueKind.Array, body.ValueKind);
        return [.. body.EnumerateArray()];
    }

    /// <summary>The member IDs of <c>{"ids":[…]}</c> or of a group's or partition's <c>members</c>.</summary>
    public static string[] MemberIds(this JsonElement element) =>
        [.. (element.TryGetProperty("members", out var members) ? members : element).GetProperty("ids").EnumerateArray().Select(id => id.GetString()!)];

    public static string[] Strings(this JsonElement array) => [.. array.EnumerateArray().Select(s => s.GetString()!)];

    /// <summary>The members of a group or partition, straight from GET …/members.</summary>
    public static async Task<string[]> GetMemberIdsAsync(this HttpClient client, string uri) => (await client.GetJsonAsync($"{uri}/members")).MemberIds();
}
