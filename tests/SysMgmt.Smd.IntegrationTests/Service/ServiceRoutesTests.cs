using System.Net;
using System.Text.Json;
using SysMgmt.Smd.IntegrationTests.Infrastructure;
using SysMgmt.Testing.Http;

namespace SysMgmt.Smd.IntegrationTests.Service;

public sealed class ServiceRoutesTests(SmdFixture smd) : SmdTestBase(smd)
{
    private const string Service = "/hsm/v2/service";

    private static readonly string[] s_valueKeys = ["Arch", "Class", "Flag", "NetType", "Role", "SubRole", "State", "Type"];

    [Fact]
    public async Task Ready_DatabaseReachable_ReturnsHealthyMessage()
    {
        using var client = Smd.CreateClient(scope: null);

        using var response = await client.GetAsync($"{Service}/ready", Ct);

        await SmdApi.AssertStatusAsync(response, HttpStatusCode.OK);
        var body = await response.ReadJsonAsync(Ct);
        Assert.Equal(0, body.GetProperty("code").GetInt32());
        Assert.Equal("HSM is healthy", body.GetProperty("message").GetString());
    }

    [Fact]
    public async Task Ready_DatabaseUnreachable_Returns503Problem()
    {
        // A port nobody listens on; migrations are off so the host starts without a database.
        await using var factory = new SmdApplicationFactory(SmdSettings.For(
            "Host=127.0.0.1;Port=1;Database=Smd;Username=nobody;Timeout=2", Smd.Tokens, ("Database:MigrateOnStartup", "false")));
        using var client = factory.CreateClient();

        using var response = await client.GetAsync($"{Service}/ready", Ct);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.ServiceUnavailable);
    }

    [Fact]
    public async Task Liveness_Always_Returns204()
    {
        using var client = Smd.CreateClient(scope: null);

        using var response = await client.GetAsync($"{Service}/liveness", Ct);

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
    }

    [Fact]
    public async Task Values_All_ReturnsEveryListInFixedOrder()
    {
        using var client = Smd.CreateClient(scope: null);

        var body = await GetJsonAsync(client, $"{Service}/values");

        Assert.Equal(s_valueKeys, body.EnumerateObject().Select(p => p.Name));
        Assert.Equal(["Unknown", "OK", "Warning", "Alert", "Locked"], Strings(body.GetProperty("Flag")));
        Assert.Equal(["Unknown", "Empty", "Populated", "Off", "On", "Standby", "Halt", "Ready"], Strings(body.GetProperty("State")));
        Assert.Equal(["Sling", "Infiniband", "Ethernet", "OEM", "None"], Strings(body.GetProperty("NetType")));
        Assert.Equal(["Master", "Worker", "Storage"], Strings(body.GetProperty("SubRole")));
        Assert.Equal(["River", "Mountain", "Hill"], Strings(body.GetProperty("Class")));
        Assert.Contains("UNKNOWN", Strings(body.GetProperty("Arch")));
        var types = Strings(body.GetProperty("Type"));
        Assert.Subset(new HashSet<string>(types), new HashSet<string> { "Node", "NodeBMC", "Chassis", "Cabinet", "VirtualNode", "All", "AllComp", "AllSvc", "INVALID" });
        foreach (var list in body.EnumerateObject())
        {
            var values = Strings(list.Value);
            Assert.True(values.Length == values.Distinct(StringComparer.Ordinal).Count(), $"{list.Name} lists a value twice: {string.Join(", ", values)}");
        }
    }

    [Fact]
    public async Task Values_RepeatedCalls_ReturnIdenticalBodies()
    {
        using var client = Smd.CreateClient(scope: null);

        var first = await client.GetStringAsync($"{Service}/values", Ct);
        var second = await client.GetStringAsync($"{Service}/values", Ct);

        Assert.Equal(first, second);
    }

    [Theory]
    [InlineData("nettype", "NetType")]
    [InlineData("NETTYPE", "NetType")]
    [InlineData("subRole", "SubRole")]
    [InlineData("state", "State")]
    [InlineData("Type", "Type")]
    public async Task Values_ByNameAnyCase_ReturnsThatListOnly(string name, string key)
    {
        using var client = Smd.CreateClient(scope: null);
        var all = await GetJsonAsync(client, $"{Service}/values");

        var one = await GetJsonAsync(client, $"{Service}/values/{name}");

        Assert.Equal([key], one.EnumerateObject().Select(p => p.Name));
        Assert.Equal(Strings(all.GetProperty(key)), Strings(one.GetProperty(key)));
    }

    [Fact]
    public async Task Values_UnknownName_Returns404Problem()
    {
        using var client = Smd.CreateClient(scope: null);

        using var response = await client.GetAsync($"{Service}/values/colour", Ct);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.NotFound, "colour");
    }

    [Fact]
    public async Task Ready_Post_Returns405WithAllowHeaderAndProblem()
    {
        using var client = Smd.CreateClient();

        using var response = await client.PostJsonAsync($"{Service}/ready", "{}", Ct);

        var detail = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.MethodNotAllowed);
        Assert.Equal(["GET"], response.Content.Headers.Allow);
        Assert.Contains("POST", detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Values_SiteAdditions_ListedAndAcceptedOnComponents()
    {
        await using var factory = new SmdApplicationFactory(
            SmdSettings.For(Smd.ConnectionString, Smd.Tokens, ("Smd:ExtraRoles:0", "Gateway"), ("Smd:ExtraSubRoles:0", "Edge")));
        using var client = factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", Smd.Tokens.CreateToken());
        await Smd.ResetAsync();

        var values = await GetJsonAsync(client, $"{Service}/values");
        await client.PostComponentsAsync(SmdApi.Comp("x1000c0s0b0n0") with { Role = "gateway", SubRole = "EDGE" });

        Assert.Equal("Gateway", Strings(values.GetProperty("Role"))[^1]);
        Assert.Equal("Edge", Strings(values.GetProperty("SubRole"))[^1]);
        var stored = await client.GetComponentAsync("x1000c0s0b0n0");
        Assert.Equal(("Gateway", "Edge"), (stored.Str("Role"), stored.Str("SubRole")));
    }

    private static async Task<JsonElement> GetJsonAsync(HttpClient client, string uri)
    {
        using var response = await client.GetAsync(uri, Ct);
        await SmdApi.AssertStatusAsync(response, HttpStatusCode.OK);
        return await response.ReadJsonAsync(Ct);
    }

    private static string[] Strings(JsonElement array) => [.. array.EnumerateArray().Select(v => v.GetString()!)];
}
