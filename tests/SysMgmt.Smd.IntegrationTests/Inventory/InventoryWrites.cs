using System.Net;
using SysMgmt.Testing.Http;
using static SysMgmt.Smd.IntegrationTests.Infrastructure.SmdApi;

namespace SysMgmt.Smd.IntegrationTests.Inventory;

/// <summary>The REST writes the inventory tests make.</summary>
internal static class InventoryWrites
{
    public const string InterfacesPath = "/hsm/v2/Inventory/EthernetInterfaces";

    public static async Task PostInterfaceAsync(this HttpClient client, string mac, string owner, params string[] addresses)
    {
        var ips = string.Join(",", addresses.Select(ip => $$"""{"IPAddress":"{{ip}}"}"""));
        using var response = await client.PostJsonAsync(InterfacesPath,
            $$"""{"MACAddress":"{{mac}}","ComponentID":"{{owner}}","Description":"test","IPAddresses":[{{ips}}]}""", Ct);
        await AssertStatusAsync(response, HttpStatusCode.Created);
    }

    public static async Task PatchInterfaceOwnerAsync(this HttpClient client, string mac, string owner)
    {
        using var response = await client.PatchJsonAsync($"{InterfacesPath}/{mac.Replace(":", "", StringComparison.Ordinal)}", $$"""{"ComponentID":"{{owner}}"}""", Ct);
        Assert.True(response.IsSuccessStatusCode, $"PATCH interface {mac}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync(Ct)}");
    }

    public static async Task DeleteOkAsync(this HttpClient client, string uri)
    {
        using var response = await client.DeleteAsync(uri, Ct);
        Assert.True(response.IsSuccessStatusCode, $"DELETE {uri}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync(Ct)}");
    }

    public static async Task PatchStateAsync(this HttpClient client, string xname, string state)
    {
        using var response = await client.PatchJsonAsync($"{ComponentsPath}/{xname}/StateData", $$"""{"State":"{{state}}"}""", Ct);
        Assert.True(response.IsSuccessStatusCode, $"PATCH state {xname}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync(Ct)}");
    }

    public static string Mac(int worker, int index) => $"02:00:00:00:{worker:x2}:{index:x2}";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;
}
