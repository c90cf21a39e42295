using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using SysMgmt.Smd.IntegrationTests.Infrastructure;
using SysMgmt.Testing;
using SysMgmt.Testing.Http;
using static SysMgmt.Smd.IntegrationTests.Infrastructure.SmdApi;

namespace SysMgmt.Smd.IntegrationTests.RedfishEndpoints;

/// <summary>
/// The Redfish, component and service endpoint routes, the example bodies, and the requests and database reads
/// their tests (and the discovery ingestion tests) repeat.
/// </summary>
internal static class RedfishEndpointRequests
{
    public const string EndpointsPath = "/hsm/v2/Inventory/RedfishEndpoints";
    public const string ComponentEndpointsPath = "/hsm/v2/Inventory/ComponentEndpoints";
    public const string ServiceEndpointsPath = "/hsm/v2/Inventory/ServiceEndpoints";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>magellan's own example body (an HPE iLO 5; <c>...</c> are the man page's redactions).</summary>
    public static JsonObject MagellanExample() =>
        JsonNode.Parse(File.ReadAllText(RepositoryPaths.Fixture("smd/magellan-send-redfishendpoint-schemav1.example.json")))!.AsObject();

    /// <summary><c>{"RedfishEndpoints":[…]}</c> bodies shipped with the anchors (<c>crush_endpoints.json</c>, <c>ice_endpoints.json</c>).</summary>
    public static string ExampleEndpoints(string name) => File.ReadAllText(RepositoryPaths.Fixture($"smd/{name}"));

    /// <summary>POSTs the body, asserts <paramref name="expected"/> and returns the response body.</summary>
    public static Task<JsonElement> PostEndpointsAsync(this HttpClient client, JsonNode body, HttpStatusCode expected = HttpStatusCode.Created) =>
        client.PostEndpointsAsync(body.ToJsonString(), expected);

    public static async Task<JsonElement> PostEndpointsAsync(this HttpClient client, string json, HttpStatusCode expected = HttpStatusCode.Created)
    {
        using var response = await client.PostJsonAsync(EndpointsPath, json, Ct);
        await AssertStatusAsync(response, expected);
        return await response.ReadJsonAsync(Ct);
    }

    /// <summary>PUTs the body to the endpoint, asserts <paramref name="expected"/> and returns the answered endpoint.</summary>
    public static async Task<JsonElement> PutEndpointAsync(this HttpClient client, string id, JsonNode body, HttpStatusCode expected = HttpStatusCode.OK)
    {
        using var response = await client.PutJsonAsync($"{EndpointsPath}/{id}", body.ToJsonString(), Ct);
        await AssertStatusAsync(response, expected);
        return await response.ReadJsonAsync(Ct);
    }

    public static Task<JsonElement> GetEndpointAsync(this HttpClient client, string id) => client.GetJsonAsync($"{EndpointsPath}/{id}");

    /// <summary>The <c>RedfishEndpoints</c> of <c>GET ?{query}</c>.</summary>
    public static async Task<JsonElement[]> GetEndpointsAsync(this HttpClient client, string query = "") =>
        Items(await client.GetJsonAsync(query.Length == 0 ? EndpointsPath : $"{EndpointsPath}?{query}"), "RedfishEndpoints");

    public static async Task<string[]> GetEndpointIdsAsync(this HttpClient client, string query = "") =>
        Ids(await client.GetEndpointsAsync(query));

    /// <summary>The <c>ComponentEndpoints</c> of <c>GET ?{query}</c>.</summary>
    public static async Task<JsonElement[]> GetComponentEndpointsAsync(this HttpClient client, string query = "") =>
        Items(await client.GetJsonAsync(query.Length == 0 ? ComponentEndpointsPath : $"{ComponentEndpointsPath}?{query}"), "ComponentEndpoints");

    public static async Task<string[]> GetComponentEndpointIdsAsync(this HttpClient client, string query = "") =>
        Ids(await client.GetComponentEndpointsAsync(query));

    public static Task<JsonElement> GetComponentEndpointAsync(this HttpClient client, string id) => client.GetJsonAsync($"{ComponentEndpointsPath}/{id}");

    /// <summary>
    /// DELETEs <paramref name="uri"/> twice: the first answers <c>200 {"code":0,"message":…}</c> with
    /// <paramref name="message"/>, the second a 404 problem with <paramref name="notFound"/>.
    /// </summary>
    public static async Task DeleteTwiceAsync(this HttpClient client, string uri, string message, string notFound)
    {
        using var first = await client.DeleteAsync(uri, Ct);
        await AssertStatusAsync(first, HttpStatusCode.OK);
        Assert.Equal($$"""{"code":0,"message":"{{message}}"}""", await first.Content.ReadAsStringAsync(Ct));
        await ProblemAssert.HasProblemAsync(await client.DeleteAsync(uri, Ct), HttpStatusCode.NotFound, notFound);
    }

    /// <summary>The items of an envelope such as <c>{"RedfishEndpoints":[…]}</c>.</summary>
    public static JsonElement[] Items(JsonElement body, string envelope) => [.. body.GetProperty(envelope).EnumerateArray()];

    /// <summary>JSON without the layout, to compare a response with an expected document written readably.</summary>
    public static string Compact(string json) => JsonNode.Parse(json)!.ToJsonString();

    public static Task<long> CountRowsAsync(this SmdFixture smd, string table) => smd.QueryScalarAsync<long>($"SELECT count(*) FROM smd.{table}");

    /// <summary>
    /// Every row an ingestion writes (endpoints, components, component and service endpoints, Ethernet interfaces
    /// and their addresses), as sorted text, to compare the whole state before and after. The time of the last discovery
    /// attempt is left out: it is the one thing every ingestion moves.
    /// </summary>
    public static async Task<string> SnapshotAsync(this SmdFixture smd) =>
        await smd.QueryScalarAsync<string>(
            """
            SELECT string_agg(row, E'\n' ORDER BY row) FROM (
                SELECT 're ' || (to_jsonb(r) - 'last_discovery_attempt')::text AS row FROM smd.redfish_endpoints r
                UNION ALL SELECT 'c ' || to_jsonb(c)::text FROM smd.components c
                UNION ALL SELECT 'ce ' || row_to_json(ce)::text FROM smd.component_endpoints ce
                UNION ALL SELECT 'se ' || row_to_json(se)::text FROM smd.service_endpoints se
                UNION ALL SELECT 'ei ' || to_jsonb(e)::text FROM smd.ethernet_interfaces e
                UNION ALL SELECT 'ip ' || to_jsonb(i)::text FROM smd.ethernet_interface_ips i) rows
            """) ?? "";
}
