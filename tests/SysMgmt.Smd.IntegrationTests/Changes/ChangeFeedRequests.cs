using System.Net;
using System.Text.Json;
using SysMgmt.Testing.Http;
using static SysMgmt.Smd.IntegrationTests.Infrastructure.SmdApi;

namespace SysMgmt.Smd.IntegrationTests.Changes;

/// <summary>Reading <c>/hsm/v2/changes</c> as a follower does.</summary>
internal static class ChangeFeedRequests
{
    public const string ChangesPath = "/hsm/v2/changes";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>One page: asserts the 200 and returns (LatestSequence, Changes).</summary>
    public static async Task<(long Latest, JsonElement[] Changes)> ReadPageAsync(this HttpClient client, long since, int? limit = null)
    {
        var body = await client.GetJsonAsync($"{ChangesPath}?since={since}" + (limit is null ? "" : $"&limit={limit}"));
        return (body.GetProperty("LatestSequence").GetInt64(), [.. body.GetProperty("Changes").EnumerateArray()]);
    }

    /// <summary>
    /// Follows the feed from <paramref name="since"/> to its end in pages of <paramref name="limit"/>, asserting that
    /// every page continues the previous one without a gap.
    /// </summary>
    public static async Task<List<JsonElement>> ReadAllAsync(this HttpClient client, long since = 0, int limit = 1000)
    {
        var all = new List<JsonElement>();
        while (true)
        {
            var (latest, changes) = await client.ReadPageAsync(since, limit);
            foreach (var change in changes)
            {
                Assert.Equal(since + 1, change.GetProperty("Sequence").GetInt64());
                since++;
                all.Add(change);
            }

            if (changes.Length < limit)
            {
                Assert.Equal(latest, since);
                return all;
            }
        }
    }

    /// <summary>The newest sequence number now.</summary>
    public static async Task<long> LatestAsync(this HttpClient client) => (await client.ReadPageAsync(0, 0)).Latest;

    /// <summary>Kind, Operation, ID and the changed fields of a change, as one string: <c>Component Updated x1 State,Flag</c>.</summary>
    public static string Describe(JsonElement change) =>
        string.Join(' ', change.GetProperty("Kind").GetString(), change.GetProperty("Operation").GetString(), change.GetProperty("ID").GetString(),
            change.TryGetProperty("Fields", out var fields) ? string.Join(',', fields.EnumerateArray().Select(f => f.GetString())) : "").TrimEnd();

    public static async Task AssertGoneAsync(this HttpClient client, string query, string detailContains)
    {
        using var response = await client.GetAsync($"{ChangesPath}?{query}", Ct);
        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Gone, detailContains);
    }

    /// <summary>PATCHes and asserts the status.</summary>
    public static async Task Patch(HttpClient client, string uri, string json, HttpStatusCode expected = HttpStatusCode.NoContent)
    {
        using var response = await client.PatchJsonAsync(uri, json, Ct);
        await AssertStatusAsync(response, expected);
    }

    /// <summary>The two objects have the same properties with the same JSON, whatever their order.</summary>
    public static void AssertJsonEqual(JsonElement expected, JsonElement actual, string? ignore = null)
    {
        var wanted = expected.EnumerateObject().Where(p => p.Name != ignore).ToDictionary(p => p.Name, p => p.Value.GetRawText());
        var got = actual.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetRawText());
        Assert.Equal(wanted.OrderBy(p => p.Key, StringComparer.Ordinal), got.OrderBy(p => p.Key, StringComparer.Ordinal));
    }
}
