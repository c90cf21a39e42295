using System.Net;
using System.Text.Json;
using System.Text.Json.Serialization;
using SysMgmt.Core.Contracts;
using SysMgmt.Testing.Http;

namespace SysMgmt.Smd.IntegrationTests.Infrastructure;

/// <summary>SMD routes and the requests tests repeat: seeding components and reading component lists.</summary>
internal static class SmdApi
{
    public const string ComponentsPath = "/hsm/v2/State/Components";
    public const string NodeMapsPath = "/hsm/v2/Defaults/NodeMaps";

    private static readonly JsonSerializerOptions s_json = new() { DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull };

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>Serialises a request body the way a client would, leaving out unset fields.</summary>
    public static string Json(object body) => JsonSerializer.Serialize(body, s_json);

    /// <summary>POSTs the components and asserts the 204.</summary>
    public static Task PostComponentsAsync(this HttpClient client, params Component[] components) =>
        client.PostComponentsAsync(components, force: false);

    public static async Task PostComponentsAsync(this HttpClient client, IEnumerable<Component> components, bool force)
    {
        using var response = await client.PostJsonAsync(ComponentsPath, Json(new { Components = components, Force = force }), Ct);
        await AssertStatusAsync(response, HttpStatusCode.NoContent);
    }

    /// <summary>A component to POST with only ID and State; set more with <c>with { … }</c>.</summary>
    public static Component Comp(string id, string state = "Ready") => new() { ID = id, State = state };

    /// <summary>GETs one component and asserts the 200.</summary>
    public static async Task<JsonElement> GetComponentAsync(this HttpClient client, string id)
    {
        using var response = await client.GetAsync($"{ComponentsPath}/{id}", Ct);
        await AssertStatusAsync(response, HttpStatusCode.OK);
        return await response.ReadJsonAsync(Ct);
    }

    /// <summary>GETs <paramref name="uri"/>, asserts the 200 and returns the body.</summary>
    public static async Task<JsonElement> GetJsonAsync(this HttpClient client, string uri)
    {
        using var response = await client.GetAsync(uri, Ct);
        await AssertStatusAsync(response, HttpStatusCode.OK);
        return await response.ReadJsonAsync(Ct);
    }

    /// <summary>GETs a <c>{"Components":[…]}</c> list and asserts the 200.</summary>
    public static async Task<JsonElement[]> GetComponentListAsync(this HttpClient client, string uri)
    {
        using var response = await client.GetAsync(uri, Ct);
        return await response.ReadComponentListAsync();
    }

    /// <summary>The IDs of <c>GET /State/Components?{query}</c>, in answer order.</summary>
    public static async Task<string[]> GetIdsAsync(this HttpClient client, string query = "") =>
        Ids(await client.GetComponentListAsync(query.Length == 0 ? ComponentsPath : $"{ComponentsPath}?{query}"));

    /// <summary>The IDs of a query body POSTed to <paramref name="uri"/>, in answer order.</summary>
    public static async Task<string[]> PostForIdsAsync(this HttpClient client, string uri, string json)
    {
        using var response = await client.PostJsonAsync(uri, json, Ct);
        return Ids(await response.ReadComponentListAsync());
    }

    public static async Task<JsonElement[]> ReadComponentListAsync(this HttpResponseMessage response)
    {
        await AssertStatusAsync(response, HttpStatusCode.OK);
        var body = await response.ReadJsonAsync(Ct);
        return [.. body.GetProperty("Components").EnumerateArray()];
    }

    public static string[] Ids(IEnumerable<JsonElement> components) => [.. components.Select(c => c.GetProperty("ID").GetString()!)];

    /// <summary>The property names of a JSON object, sorted, for exact key-set checks.</summary>
    public static string[] Keys(JsonElement element) => [.. element.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal)];

    /// <summary>A string property, or null when it is absent.</summary>
    public static string? Str(this JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) ? value.GetString() : null;

    /// <summary>Several string properties at once, <c>(absent)</c> for those not present.</summary>
    public static string[] Fields(this JsonElement element, params string[] names) =>
        [.. names.Select(name => element.Str(name) ?? "(absent)")];

    /// <summary>An integer property, or null when it is absent.</summary>
    public static long? Long(this JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) ? value.GetInt64() : null;

    /// <summary>Asserts the anchors' non-error answer: 200 <c>{"code":0,"message":…}</c>.</summary>
    public static async Task AssertMessageAsync(HttpResponseMessage response, string message)
    {
        await AssertStatusAsync(response, HttpStatusCode.OK);
        var body = await response.ReadJsonAsync(Ct);
        Assert.Equal((0, message), (body.GetProperty("code").GetInt32(), body.GetProperty("message").GetString()));
    }

    public static async Task AssertStatusAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        if (response.StatusCode != expected)
        {
            var body = await response.Content.ReadAsStringAsync(Ct);
            Assert.Fail($"expected {(int)expected} but got {(int)response.StatusCode}: {body}");
        }
    }
}
