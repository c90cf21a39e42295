using System.Net;
using System.Text.Json;
using SysMgmt.Testing.Http;
using static SysMgmt.Smd.IntegrationTests.Infrastructure.SmdApi;

namespace SysMgmt.Smd.IntegrationTests.Locks;

/// <summary>The lock and reservation routes, and the requests and answers their tests repeat.</summary>
internal static class LockRequests
{
    public const string LockPath = "/hsm/v2/locks/lock";
    public const string UnlockPath = "/hsm/v2/locks/unlock";
    public const string DisablePath = "/hsm/v2/locks/disable";
    public const string RepairPath = "/hsm/v2/locks/repair";
    public const string StatusPath = "/hsm/v2/locks/status";
    public const string AdminReservationsPath = "/hsm/v2/locks/reservations";
    public const string AdminReleasePath = "/hsm/v2/locks/reservations/release";
    public const string RemovePath = "/hsm/v2/locks/reservations/remove";
    public const string ServiceReservationsPath = "/hsm/v2/locks/service/reservations";
    public const string CheckPath = "/hsm/v2/locks/service/reservations/check";
    public const string ServiceReleasePath = "/hsm/v2/locks/service/reservations/release";
    public const string RenewPath = "/hsm/v2/locks/service/reservations/renew";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>A reservation as created: both keys and, for a service reservation, its end.</summary>
    public sealed record Grant(string ID, string DeputyKey, string ReservationKey, string? ExpirationTime);

    /// <summary><c>{"ComponentIDs":[…]}</c> plus a processing model when given.</summary>
    public static string Ids(string[] ids, string? model = null, int? minutes = null) =>
        Json(new { ComponentIDs = ids, ProcessingModel = model, ReservationDuration = minutes });

    /// <summary><c>{"ReservationKeys":[{"ID","Key"}…]}</c> from grants' reservation keys.</summary>
    public static string ReservationKeys(IEnumerable<Grant> grants, string? model = null, int? minutes = null) =>
        Json(new { ReservationKeys = grants.Select(g => new { g.ID, Key = g.ReservationKey }), ProcessingModel = model, ReservationDuration = minutes });

    /// <summary><c>{"DeputyKeys":[{"ID","Key"}…]}</c> from grants' deputy keys.</summary>
    public static string DeputyKeys(IEnumerable<Grant> grants) =>
        Json(new { DeputyKeys = grants.Select(g => new { g.ID, Key = g.DeputyKey }) });

    /// <summary>POSTs raw JSON, asserts the 200 and returns the body.</summary>
    public static async Task<JsonElement> PostOkAsync(this HttpClient client, string path, string json)
    {
        using var response = await client.PostJsonAsync(path, json, Ct);
        await AssertStatusAsync(response, HttpStatusCode.OK);
        return await response.ReadJsonAsync(Ct);
    }

    /// <summary>POSTs raw JSON and returns the problem's detail after asserting its status.</summary>
    public static async Task<string> PostProblemAsync(this HttpClient client, string path, string json, HttpStatusCode status, string? detailContains = null)
    {
        using var response = await client.PostJsonAsync(path, json, Ct);
        return await ProblemAssert.IsProblemAsync(response, status, detailContains);
    }

    public static Task<JsonElement> LockAsync(this HttpClient client, params string[] ids) => client.PostOkAsync(LockPath, Ids(ids));

    /// <summary>Reserves for a service, rigidly, and returns the grants (asserting every ID got one).</summary>
    public static async Task<Grant[]> ReserveForServiceAsync(this HttpClient client, int minutes, params string[] ids)
    {
        var grants = Grants(await client.PostOkAsync(ServiceReservationsPath, Ids(ids, minutes: minutes)));
        Assert.Equal(ids.Order(StringComparer.Ordinal), grants.Select(g => g.ID));
        return grants;
    }

    /// <summary>Locks the components, reserves them as an administrator and returns the grants.</summary>
    public static async Task<Grant[]> ReserveAsAdminAsync(this HttpClient client, params string[] ids)
    {
        await client.LockAsync(ids);
        var grants = Grants(await client.PostOkAsync(AdminReservationsPath, Ids(ids)));
        Assert.Equal(ids.Order(StringComparer.Ordinal), grants.Select(g => g.ID));
        return grants;
    }

    public static Grant[] Grants(JsonElement result) =>
        [.. result.GetProperty("Success").EnumerateArray().Select(g => new Grant(g.Str("ID")!, g.Str("DeputyKey")!, g.Str("ReservationKey")!, g.Str("ExpirationTime")))];

    /// <summary><c>Success.ComponentIDs</c> of an update answer, checking its counts agree with its lists.</summary>
    public static string[] Succeeded(JsonElement result)
    {
        string[] ids = [.. result.GetProperty("Success").GetProperty("ComponentIDs").EnumerateArray().Select(id => id.GetString()!)];
        var counts = result.GetProperty("Counts");
        Assert.Equal(ids.Length, counts.GetProperty("Success").GetInt32());
        Assert.Equal(Failures(result).Length, counts.GetProperty("Failure").GetInt32());
        Assert.Equal(ids.Length + Failures(result).Length, counts.GetProperty("Total").GetInt32());
        return ids;
    }

    /// <summary>The <c>Failure</c> list as <c>"ID:Reason"</c>.</summary>
    public static string[] Failures(JsonElement result) =>
        [.. result.GetProperty("Failure").EnumerateArray().Select(f => $"{f.Str("ID")}:{f.Str("Reason")}")];

    /// <summary>The status entry of one component, from <c>POST /locks/status</c>.</summary>
    public static async Task<JsonElement> StatusOfAsync(this HttpClient client, string id)
    {
        var status = await client.PostOkAsync(StatusPath, Ids([id]));
        return Assert.Single(status.GetProperty("Components").EnumerateArray());
    }

    /// <summary>A status entry as <c>"ID locked|- reserved|- disabled|-"</c>, for compact assertions.</summary>
    public static string Flags(JsonElement status) =>
        $"{status.Str("ID")} {(status.GetProperty("Locked").GetBoolean() ? "locked" : "-")} "
        + $"{(status.GetProperty("Reserved").GetBoolean() ? "reserved" : "-")} {(status.GetProperty("ReservationDisabled").GetBoolean() ? "disabled" : "-")}";

    public static async Task<string> FlagsOfAsync(this HttpClient client, string id) => Flags(await client.StatusOfAsync(id));
}
