using System.Net;
using System.Text.Json;
using SysMgmt.Smd.IntegrationTests.Infrastructure;
using SysMgmt.Testing.Http;
using static SysMgmt.Smd.IntegrationTests.Changes.ChangeFeedRequests;
using static SysMgmt.Smd.IntegrationTests.EthernetInterfaces.EthernetInterfaceRequests;
using static SysMgmt.Smd.IntegrationTests.Infrastructure.SmdApi;
using static SysMgmt.Smd.IntegrationTests.RedfishEndpoints.RedfishEndpointRequests;

namespace SysMgmt.Smd.IntegrationTests.Changes;

/// <summary>What the feed records for each kind of inventory change, and what it carries.</summary>
public sealed class ChangeFeedTests(SmdFixture smd) : SmdTestBase(smd)
{
    private const string Node = "x3000c0s1b0n0";
    private const string Bmc = "x3000c0s1b0";

    [Fact]
    public async Task Component_EveryKindOfChange_IsRecordedInOrderWithItsFields()
    {
        using var client = Smd.CreateClient();

        await client.PostComponentsAsync(Comp(Node) with { Role = "Compute", NID = 1 });
        await Patch(client, $"{ComponentsPath}/{Node}/StateData", """{"State":"Off"}""");
        await Patch(client, $"{ComponentsPath}/{Node}/FlagOnly", """{"Flag":"Alert"}""");
        await Patch(client, $"{ComponentsPath}/{Node}/Role", """{"Role":"Service","SubRole":"Worker"}""");
        await Patch(client, $"{ComponentsPath}/{Node}/NID", """{"NID":42}""");
        await Patch(client, $"{ComponentsPath}/{Node}/Enabled", """{"Enabled":false}""");
        await Patch(client, $"{ComponentsPath}/{Node}/SoftwareStatus", """{"SoftwareStatus":"AdminDown"}""");
        await Patch(client, $"{ComponentsPath}/{Node}/FlagOnly", """{"Flag":"Alert"}"""); // no change: nothing recorded
        await AssertStatusAsync(await client.DeleteAsync($"{ComponentsPath}/{Node}", Ct), HttpStatusCode.OK);

        var changes = await client.ReadAllAsync();

        Assert.Equal(
        [
            $"Component Created {Node}",
            $"Component Updated {Node} State",
            $"Component Updated {Node} Flag",
            $"Component Updated {Node} Role,SubRole",
            $"Component Updated {Node} NID",
            $"Component Updated {Node} Enabled",
            $"Component Updated {Node} SoftwareStatus",
            $"Component Deleted {Node}",
        ], changes.Select(Describe));
        Assert.False(changes[^1].TryGetProperty("Data", out _));
        var updated = changes[^2].GetProperty("Data");
        Assert.Equal(["AdminDown", "Off", "Alert", "Service", "Worker"], updated.Fields("SoftwareStatus", "State", "Flag", "Role", "SubRole"));
        Assert.Equal(42, updated.Long("NID"));
    }

    [Fact]
    public async Task Data_OfEachKind_IsWhatItsGetRouteAnswers()
    {
        using var client = Smd.CreateClient();
        await client.PostComponentsAsync(Comp(Node) with { Role = "Compute", NID = 7, Arch = "X86", Class = "River", SoftwareStatus = "AdminUp" });
        await client.PostEndpointsAsync($$"""{"ID":"{{Bmc}}","FQDN":"10.1.0.1","User":"root","Password":"s3cret","MACAddr":"a4:bf:01:00:00:01"}""");
        var interfaceUri = await client.PostInterfaceAsync(Interface("a4:bf:01:00:00:02", Node, "10.2.0.1@HMN", "10.2.0.2"));
        var interfaceId = interfaceUri.Split('/')[^1];

        var changes = await client.ReadAllAsync();

        JsonElement Last(string kind, string id) => changes.Last(c => c.GetProperty("Kind").GetString() == kind && c.GetProperty("ID").GetString() == id).GetProperty("Data");
        AssertJsonEqual(await client.GetComponentAsync(Node), Last("Component", Node));
        AssertJsonEqual(await client.GetInterfaceAsync(interfaceId), Last("EthernetInterface", interfaceId));
        var endpoint = await client.GetJsonAsync($"{EndpointsPath}/{Bmc}");
        AssertJsonEqual(endpoint, Last("RedfishEndpoint", Bmc), ignore: "Password");
        Assert.DoesNotContain(changes, c => c.GetRawText().Contains("s3cret", StringComparison.Ordinal));
    }

    [Fact]
    public async Task EthernetInterface_CreateAddressesOwnerDelete_AreRecorded()
    {
        using var client = Smd.CreateClient();
        const string id = "a4bf01000003";
        await client.PostInterfaceAsync(Interface("a4:bf:01:00:00:03", null));
        var since = await client.LatestAsync();

        await AssertStatusAsync(await client.PostJsonAsync($"{InterfacesPath}/{id}/IPAddresses", """{"IPAddress":"10.3.0.1"}""", Ct), HttpStatusCode.Created);
        await Patch(client, $"{InterfacesPath}/{id}", $$"""{"ComponentID":"{{Node}}"}""", HttpStatusCode.OK);
        await AssertStatusAsync(await client.DeleteAsync($"{InterfacesPath}/{id}", Ct), HttpStatusCode.OK);

        var changes = await client.ReadAllAsync(since);

        Assert.Equal(
        [
            $"EthernetInterface Updated {id} IPAddresses",
            $"EthernetInterface Updated {id} LastUpdate",
            $"EthernetInterface Updated {id} ComponentID,Type",
            $"EthernetInterface Deleted {id}",
        ], changes.Select(Describe));
        Assert.Equal("10.3.0.1", changes[0].GetProperty("Data").GetProperty("IPAddresses")[0].Str("IPAddress"));
        Assert.Equal(Node, changes[2].GetProperty("Data").Str("ComponentID"));
    }

    [Fact]
    public async Task RedfishEndpoint_CreateUpdateDelete_AreRecordedWithoutThePassword()
    {
        using var client = Smd.CreateClient();

        await client.PostEndpointsAsync($$"""{"ID":"{{Bmc}}","FQDN":"10.1.0.1","User":"root","Password":"first"}""");
        await Patch(client, $"{EndpointsPath}/{Bmc}", """{"Enabled":false,"Password":"second"}""", HttpStatusCode.OK);
        await Patch(client, $"{EndpointsPath}/{Bmc}", """{"Password":"third"}""", HttpStatusCode.OK); // a password alone is not reported
        await AssertStatusAsync(await client.DeleteAsync($"{EndpointsPath}/{Bmc}", Ct), HttpStatusCode.OK);

        var changes = await client.ReadAllAsync();

        Assert.Equal([$"RedfishEndpoint Created {Bmc}", $"RedfishEndpoint Updated {Bmc} Enabled", $"RedfishEndpoint Deleted {Bmc}"], changes.Select(Describe));
        Assert.False(changes[1].GetProperty("Data").GetProperty("Enabled").GetBoolean());
        Assert.DoesNotContain(changes, c => c.GetRawText().Contains("Password", StringComparison.Ordinal));
    }

    [Fact]
    public async Task BulkPost_TenThousandComponents_AreTenThousandNumberedChanges()
    {
        using var client = Smd.CreateClient();
        var ids = Enumerable.Range(0, 10_000).Select(i => $"x{1000 + i / 256}c{i / 32 % 8}s{i / 4 % 8}b{i / 2 % 2}n{i % 2}").ToList();

        await client.PostComponentsAsync([.. ids.Select(id => Comp(id))], force: false);
        var changes = await client.ReadAllAsync(limit: 3000);

        Assert.Equal(10_000, changes.Count);
        Assert.Equal(ids.Order(StringComparer.Ordinal), changes.Select(c => c.GetProperty("ID").GetString()!).Order(StringComparer.Ordinal));
        Assert.All(changes, c => Assert.Equal("Created", c.GetProperty("Operation").GetString()));
        Assert.Single(changes.Select(c => c.GetProperty("Timestamp").GetString()).Distinct());
    }

    [Fact]
    public async Task Page_LimitAndSince_ContinueWhereThePreviousEnded()
    {
        using var client = Smd.CreateClient();
        await client.PostComponentsAsync(Comp("x3000c0s1b0n0"), Comp("x3000c0s1b0n1"), Comp("x3000c0s1b0n2"));

        var (latest, first) = await client.ReadPageAsync(0, 2);
        var (_, rest) = await client.ReadPageAsync(2, 2);
        var (_, none) = await client.ReadPageAsync(3);
        var (onlyLatest, empty) = await client.ReadPageAsync(0, 0);

        Assert.Equal(3, latest);
        Assert.Equal([1L, 2L], first.Select(c => c.GetProperty("Sequence").GetInt64()));
        Assert.Equal([3L], rest.Select(c => c.GetProperty("Sequence").GetInt64()));
        Assert.Empty(none);
        Assert.Equal(3, onlyLatest);
        Assert.Empty(empty);
    }

    [Theory]
    [InlineData("since=-1", "'since'")]
    [InlineData("since=abc", "'since'")]
    [InlineData("since=1&since=2", "'since'")]
    [InlineData("limit=-5", "'limit'")]
    [InlineData("limit=ten", "'limit'")]
    [InlineData("limit=10001", "'limit' must be one integer from 0 to 10000")]
    public async Task Read_BadSinceOrLimit_Is400(string query, string detail)
    {
        using var client = Smd.CreateClient();

        using var response = await client.GetAsync($"{ChangesPath}?{query}", Ct);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, detail);
    }

    [Fact]
    public async Task Read_SinceAheadOfTheFeed_Is410ToResync()
    {
        using var client = Smd.CreateClient();
        await client.PostComponentsAsync(Comp(Node));

        await client.AssertGoneAsync("since=5", "sequence 5 is ahead of the newest change (1)");
    }

    [Fact]
    public async Task Read_WithoutToken_Is401()
    {
        using var anonymous = Smd.CreateClient(scope: null);

        using var response = await anonymous.GetAsync(ChangesPath, Ct);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task RefusedIngestion_RolledBack_LeavesNoChangeAndNoGap()
    {
        using var client = Smd.CreateClient();
        await client.PostInterfaceAsync(Interface("a4:bf:01:00:00:09", "x3000c0s9b0n0"));
        var before = await client.LatestAsync();

        // The body's node claims a MAC another component owns: 409, and the components and endpoint it wrote first
        // are rolled back with their changes.
        var body = $$"""
            {"ID":"{{Bmc}}","FQDN":"10.1.0.1","SchemaVersion":1,"Managers":[],
             "Systems":[{"uri":"/redfish/v1/Systems/1","ethernet_interfaces":[{"uri":"/redfish/v1/Systems/1/EthernetInterfaces/1","mac":"a4:bf:01:00:00:09"}]}]}
            """;
        await client.PostEndpointsAsync(body, HttpStatusCode.Conflict);
        await client.PostComponentsAsync(Comp(Node));

        var changes = await client.ReadAllAsync(before);

        Assert.Equal([$"Component Created {Node}"], changes.Select(Describe));
        Assert.Equal(before + 1, changes[0].GetProperty("Sequence").GetInt64());
    }
}
