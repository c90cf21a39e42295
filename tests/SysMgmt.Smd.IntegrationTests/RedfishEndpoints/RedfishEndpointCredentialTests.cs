using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;
using SysMgmt.Smd.Credentials;
using SysMgmt.Smd.IntegrationTests.Infrastructure;
using SysMgmt.Testing.Http;
using static SysMgmt.Smd.IntegrationTests.Discovery.DiscoveryPayloads;
using static SysMgmt.Smd.IntegrationTests.Infrastructure.SmdApi;
using static SysMgmt.Smd.IntegrationTests.RedfishEndpoints.RedfishEndpointRequests;

namespace SysMgmt.Smd.IntegrationTests.RedfishEndpoints;

/// <summary>BMC passwords: encrypted at rest and bound to their endpoint, kept or cleared on update, never answered.</summary>
public sealed class RedfishEndpointCredentialTests(SmdFixture smd) : SmdTestBase(smd)
{
    private const string Bmc = "x3000c0s19b1";
    private const string Secret = "Pa55-w0rd-ZQX";

    private static readonly CredentialProtector s_protector = new(Options.Create(new CredentialOptions { Key = SmdSettings.CredentialKey }));

    [Fact]
    public async Task Post_Password_IsStoredEncryptedAndBoundToTheEndpoint()
    {
        using var client = Smd.CreateClient();

        await client.PostEndpointsAsync($$"""{"ID":"{{Bmc}}","User":"root","Password":"{{Secret}}"}""");

        var ciphertext = await CiphertextAsync(Bmc);
        Assert.NotNull(ciphertext);
        Assert.DoesNotContain(Secret, Encoding.UTF8.GetString(ciphertext), StringComparison.Ordinal);
        Assert.DoesNotContain(Convert.ToHexString(Encoding.UTF8.GetBytes(Secret)), Convert.ToHexString(ciphertext), StringComparison.Ordinal);
        Assert.Equal(Secret, s_protector.Unprotect(ciphertext, Bmc));
        Assert.ThrowsAny<CryptographicException>(() => s_protector.Unprotect(ciphertext, "x3000c0s20b1"));
    }

    [Fact]
    public async Task Post_SamePasswordForTwoEndpoints_GivesDifferentCiphertexts()
    {
        using var client = Smd.CreateClient();

        await client.PostEndpointsAsync($$"""{"RedfishEndpoints":[{"ID":"{{Bmc}}","Password":"{{Secret}}"},{"ID":"x3000c0s20b1","Password":"{{Secret}}"}]}""");

        Assert.NotEqual(Convert.ToHexString((await CiphertextAsync(Bmc))!), Convert.ToHexString((await CiphertextAsync("x3000c0s20b1"))!));
    }

    [Fact]
    public async Task EveryRoute_NeverAnswersThePassword()
    {
        using var client = Smd.CreateClient();
        var discovery = Payload(Bmc, [ComputerSystem("Node0", "a4:bf:01:00:00:10")], "a4:bf:01:00:00:01");
        discovery["Password"] = Secret;
        var answers = new List<string>
        {
            await SendAsync(client, HttpMethod.Post, EndpointsPath, $$"""{"ID":"x3000c0s20b1","User":"root","Password":"{{Secret}}"}"""),
            await SendAsync(client, HttpMethod.Post, EndpointsPath, $$"""{"RedfishEndpoints":[{"ID":"x3000c0s21b1","Password":"{{Secret}}"}]}"""),
            await SendAsync(client, HttpMethod.Post, EndpointsPath, discovery.ToJsonString()),
            await SendAsync(client, HttpMethod.Put, $"{EndpointsPath}/{Bmc}", discovery.ToJsonString()),
            await SendAsync(client, HttpMethod.Put, $"{EndpointsPath}/x3000c0s22b1", $$"""{"Password":"{{Secret}}"}"""),
            await SendAsync(client, HttpMethod.Patch, $"{EndpointsPath}/x3000c0s20b1", $$"""{"Password":"{{Secret}}","Name":"n"}"""),
            await SendAsync(client, HttpMethod.Patch, $"{EndpointsPath}/x3000c0s21b1", """{"Name":"n"}"""),
        };
        foreach (var uri in new[]
        {
            EndpointsPath, $"{EndpointsPath}/{Bmc}", $"{EndpointsPath}/x3000c0s20b1", $"{EndpointsPath}/Query/s0", $"{EndpointsPath}/Query/x3000",
            $"{EndpointsPath}?type=NodeBMC", $"{EndpointsPath}?id={Bmc}", ComponentEndpointsPath, $"{ComponentEndpointsPath}/{Bmc}", ServiceEndpointsPath,
            "/hsm/v2/State/Components", "/hsm/v2/Inventory/EthernetInterfaces",
        })
        {
            answers.Add(await SendAsync(client, HttpMethod.Get, uri, null));
        }

        Assert.Equal(4L, await Smd.QueryScalarAsync<long>("SELECT count(password_ciphertext) FROM smd.redfish_endpoints"));
        Assert.All(answers, answer => Assert.DoesNotContain(Secret, answer, StringComparison.Ordinal));
        Assert.All(await client.GetEndpointsAsync(), e => Assert.Equal("", e.Str("Password")));
    }

    [Fact]
    public async Task PutAndPatchWithoutPassword_KeepTheStoredOne()
    {
        using var client = Smd.CreateClient();
        await client.PostEndpointsAsync($$"""{"ID":"{{Bmc}}","User":"root","Password":"{{Secret}}"}""");

        await client.PutEndpointAsync(Bmc, JsonNode.Parse("""{"User":"admin","FQDN":"bmc19.mgmt"}""")!);
        await PatchAsync(client, """{"User":"operator"}""");
        await client.PutEndpointAsync(Bmc, Payload(Bmc, [ComputerSystem("Node0")]));

        Assert.Equal(Secret, s_protector.Unprotect((await CiphertextAsync(Bmc))!, Bmc));
        Assert.Equal("root", (await client.GetEndpointAsync(Bmc)).Str("User"));
    }

    [Theory]
    [InlineData("PUT")]
    [InlineData("PATCH")]
    public async Task EmptyPassword_RemovesTheStoredOne(string method)
    {
        using var client = Smd.CreateClient();
        await client.PostEndpointsAsync($$"""{"ID":"{{Bmc}}","User":"root","Password":"{{Secret}}"}""");

        using var response = await client.SendJsonAsync(new HttpMethod(method), $"{EndpointsPath}/{Bmc}", """{"User":"root","Password":""}""", Ct);

        await AssertStatusAsync(response, HttpStatusCode.OK);
        Assert.Null(await CiphertextAsync(Bmc));
    }

    [Fact]
    public async Task Patch_NewPassword_ReplacesTheStoredOne()
    {
        using var client = Smd.CreateClient();
        await client.PostEndpointsAsync($$"""{"ID":"{{Bmc}}","Password":"old"}""");

        var patched = await PatchAsync(client, $$"""{"Password":"{{Secret}}"}""");

        Assert.Equal("", patched.Str("Password"));
        Assert.Equal(Secret, s_protector.Unprotect((await CiphertextAsync(Bmc))!, Bmc));
    }

    private Task<byte[]?> CiphertextAsync(string id) =>
        Smd.QueryScalarAsync<byte[]>($"SELECT password_ciphertext FROM smd.redfish_endpoints WHERE id = '{id}'");

    private static async Task<string> SendAsync(HttpClient client, HttpMethod method, string uri, string? json)
    {
        using var response = await client.SendJsonAsync(method, uri, json, Ct);
        var body = await response.Content.ReadAsStringAsync(Ct);
        Assert.True(response.IsSuccessStatusCode, $"{method} {uri}: {(int)response.StatusCode} {body}");
        return body;
    }

    private static async Task<System.Text.Json.JsonElement> PatchAsync(HttpClient client, string json)
    {
        using var response = await client.PatchJsonAsync($"{EndpointsPath}/{Bmc}", json, Ct);
        await AssertStatusAsync(response, HttpStatusCode.OK);
        return await response.ReadJsonAsync(Ct);
    }
}
