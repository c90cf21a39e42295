using System.Net;
using SysMgmt.Bss.IntegrationTests.Infrastructure;
using SysMgmt.Testing.Http;
using SysMgmt.Testing.Postgres;

namespace SysMgmt.Bss.IntegrationTests;

/// <summary>Status probes, hosts, dumpstate and readiness.</summary>
public sealed class ServiceRoutesTests(ServiceRoutesTests.Stack stack) : IClassFixture<ServiceRoutesTests.Stack>
{
    public sealed class Stack(PostgresServerFixture postgres) : BssStack(postgres)
    {
        protected override async Task SeedAsync()
        {
            await this.AddNodeAsync("x3000c0s6b0n0", 6, "Compute", ["02:00:00:00:06:01", "02:00:00:00:06:02"]);
            await this.RefreshAsync();
        }
    }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ServiceStatus_AllChecksPass_AnswersEachInTheAnchorsShape()
    {
        using var anonymous = stack.BssClient(scope: null);

        var all = await (await anonymous.GetAsync("/boot/v1/service/status/all", Ct)).ReadJsonAsync(Ct);
        var status = await (await anonymous.GetAsync("/boot/v1/service/status", Ct)).ReadJsonAsync(Ct);
        var hello = await anonymous.GetStringAsync("/boot/v1/", Ct);

        Assert.Equal("running", all.GetProperty("bss-status").GetString());
        Assert.Equal("connected", all.GetProperty("bss-status-hsm").GetString());
        Assert.Equal("""{"name":"postgres","status":"connected"}""", all.GetProperty("bss-storage-backend").GetRawText());
        Assert.False(string.IsNullOrEmpty(all.GetProperty("bss-version").GetString()));
        Assert.Equal("""{"bss-status":"running"}""", status.GetRawText());
        Assert.Equal("Hello World!", hello);
    }

    [Fact]
    public async Task Hosts_FilteredByMacNameAndNid_AnswerTheNodeWithItsMacs()
    {
        using var bss = stack.BssClient("read");

        var hosts = (await (await bss.GetAsync("/boot/v1/hosts?mac=02:00:00:00:06:02&name=x3000c0s6b0n0&nid=6", Ct)).ReadJsonAsync(Ct)).EnumerateArray().ToList();
        using var unknown = await bss.GetAsync("/boot/v1/hosts?mac=02:00:00:00:06:09", Ct);

        Assert.Equal(3, hosts.Count);
        Assert.All(hosts, h => Assert.Equal("x3000c0s6b0n0", h.GetProperty("ID").GetString()));
        Assert.Equal("""["02:00:00:00:06:01","02:00:00:00:06:02"]""", hosts[0].GetProperty("MAC").GetRawText());
        await ProblemAssert.HasProblemAsync(unknown, HttpStatusCode.NotFound, "Not Found - Unknown MAC address '02:00:00:00:06:09'");
    }

    [Theory]
    [InlineData("not-a-mac")]
    [InlineData("zz:zz")]
    public async Task Hosts_ByAValueThatIsNotAMac_Is404LikeAnUnknownMac(string value)
    {
        using var bss = stack.BssClient("read");

        using var response = await bss.GetAsync($"/boot/v1/hosts?mac={value}", Ct);

        await ProblemAssert.HasProblemAsync(response, HttpStatusCode.NotFound, $"Not Found - Unknown MAC address '{value}'");
    }

    [Fact]
    public async Task EndpointHistory_ForAnEndpointThatIsNeitherBootscriptNorUserData_IsAnEmptyList()
    {
        using var bss = stack.BssClient("read");

        using var response = await bss.GetAsync("/boot/v1/endpoint-history?endpoint=kernel", Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("[]", (await response.ReadJsonAsync(Ct)).GetRawText());
    }

    [Fact]
    public async Task Dumpstate_NeedsATokenAndListsComponentsAndParams()
    {
        using var anonymous = stack.BssClient(scope: null);
        using var bss = stack.BssClient("read");

        using var refused = await anonymous.GetAsync("/boot/v1/dumpstate", Ct);
        var state = await (await bss.GetAsync("/boot/v1/dumpstate", Ct)).ReadJsonAsync(Ct);

        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        Assert.Equal("x3000c0s6b0n0", state.GetProperty("Components")[0].GetProperty("ID").GetString());
        Assert.Equal(System.Text.Json.JsonValueKind.Array, state.GetProperty("Params").ValueKind);
    }

    [Fact]
    public async Task Readyz_WithSmdAndDatabaseUp_IsHealthy()
    {
        using var anonymous = stack.BssClient(scope: null);

        var ready = await (await anonymous.GetAsync("/readyz", Ct)).ReadJsonAsync(Ct);

        Assert.Equal("Healthy", ready.GetProperty("status").GetString());
        Assert.Equal(["boot-parameters", "database", "smd-node-index"], ready.GetProperty("checks").EnumerateObject().Select(c => c.Name).Order(StringComparer.Ordinal));
    }
}
