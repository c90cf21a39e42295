using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using SysMgmt.Core.Networking;
using SysMgmt.Testing.Redfish;

namespace SysMgmt.Discovery.IntegrationTests.Infrastructure;

/// <summary>
/// Reads an emulated BMC with a plain HttpClient (Basic auth, the emulator's CA): what the tests expect is taken
/// from the Redfish tree as served, not from the client library under test.
/// </summary>
public sealed class RawRedfish : IDisposable
{
    private readonly HttpClient _http;

    public RawRedfish(Uri bmc, string caFile)
    {
        _http = new HttpClient(TrustingHandler.FromPemFile(caFile)) { BaseAddress = bmc, Timeout = TimeSpan.FromSeconds(20) };
        _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue(
            "Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{EmulatedSite.Username}:{EmulatedSite.Password}")));
    }

    public async Task<JsonObject> GetAsync(string path) =>
        (JsonObject)JsonNode.Parse(await _http.GetStringAsync(path, TestContext.Current.CancellationToken))!;

    /// <summary>The members of the collection that <paramref name="owner"/>'s <paramref name="link"/> names (none if it has no such link).</summary>
    public async Task<IReadOnlyList<JsonObject>> MembersAsync(JsonObject owner, string link)
    {
        if (owner[link]?["@odata.id"]?.GetValue<string>() is not { } path)
        {
            return [];
        }

        var collection = await GetAsync(path);
        var members = new List<JsonObject>();
        foreach (var member in collection["Members"]?.AsArray() ?? [])
        {
            // A member that answers with a Redfish error body (as one Intel chassis does) is not there.
            if (await GetAsync(member!["@odata.id"]!.GetValue<string>()) is var resource && !resource.ContainsKey("error"))
            {
                members.Add(resource);
            }
        }

        return members;
    }

    public Task<JsonObject> RootAsync() => GetAsync("/redfish/v1/");

    /// <summary>The normalised MACs of <paramref name="nics"/> that have a usable one.</summary>
    public static IEnumerable<string> Macs(IEnumerable<JsonObject> nics) =>
        nics.Select(n => n["MACAddress"]?.GetValue<string>() ?? n["PermanentMACAddress"]?.GetValue<string>())
            .Select(m => MacAddress.TryNormalize(m, out var mac, out _) ? mac : null)
            .OfType<string>();

    public void Dispose() => _http.Dispose();
}
