using System.Net;
using System.Text.Json;
using SysMgmt.Testing.Http;
using static SysMgmt.Smd.IntegrationTests.Infrastructure.SmdApi;

namespace SysMgmt.Smd.IntegrationTests.EthernetInterfaces;

/// <summary>The EthernetInterfaces routes and the requests their tests repeat.</summary>
internal static class EthernetInterfaceRequests
{
    public const string InterfacesPath = "/hsm/v2/Inventory/EthernetInterfaces";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>
    /// A POST body. Each address is <c>"10.0.0.1"</c> or <c>"10.0.0.1@HMN"</c> (address on network HMN).
    /// </summary>
    public static string Interface(string mac, string? componentId = null, params string[] ips) =>
        Json(new
        {
            MACAddress = mac,
            ComponentID = componentId,
            IPAddresses = ips.Select(ip => ip.Split('@') is [var address, var network]
                ? new { IPAddress = address, Network = (string?)network }
                : new { IPAddress = ip, Network = (string?)null }),
        });

    /// <summary>POSTs the body, asserts the 201 and returns the created URI.</summary>
    public static async Task<string> PostInterfaceAsync(this HttpClient client, string json)
    {
        using var response = await client.PostJsonAsync(InterfacesPath, json, Ct);
        await AssertStatusAsync(response, HttpStatusCode.Created);
        return (await response.ReadJsonAsync(Ct)).GetProperty("URI").GetString()!;
    }

    /// <summary>GETs one interface and asserts the 200.</summary>
    public static async Task<JsonElement> GetInterfaceAsync(this HttpClient client, string id)
    {
        using var response = await client.GetAsync($"{InterfacesPath}/{id}", Ct);
        await AssertStatusAsync(response, HttpStatusCode.OK);
        return await response.ReadJsonAsync(Ct);
    }

    /// <summary>GETs the collection with an optional query and asserts a 200 with a bare array.</summary>
    public static async Task<JsonElement[]> GetInterfacesAsync(this HttpClient client, string query = "")
    {
        using var response = await client.GetAsync(query.Length == 0 ? InterfacesPath : $"{InterfacesPath}?{query}", Ct);
        await AssertStatusAsync(response, HttpStatusCode.OK);
        var body = await response.ReadJsonAsync(Ct);
        Assert.Equal(JsonValueKind.Array, body.ValueKind);
        return [.. body.EnumerateArray()];
    }

    /// <summary>The IDs that <c>GET ?{query}</c> answers, in answer order.</summary>
    public static async Task<string[]> GetInterfaceIdsAsync(this HttpClient client, string query = "") =>
        Ids(await client.GetInterfacesAsync(query));

    /// <summary>An interface's addresses as <c>"ip"</c> or <c>"ip@network"</c>, in answer order.</summary>
    public static string[] Addresses(this JsonElement iface) =>
        [.. iface.GetProperty("IPAddresses").EnumerateArray().Select(ip => ip.Str("Network") is { } network ? $"{ip.Str("IPAddress")}@{network}" : ip.Str("IPAddress")!)];

    /// <summary>The interface's <c>LastUpdate</c>.</summary>
    public static DateTimeOffset LastUpdate(this JsonElement iface) =>
        DateTimeOffset.Parse(iface.Str("LastUpdate")!, System.Globalization.CultureInfo.InvariantCulture);
}
