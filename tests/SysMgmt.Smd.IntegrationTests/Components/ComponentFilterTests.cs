using System.Net;
using SysMgmt.Smd.IntegrationTests.Infrastructure;
using SysMgmt.Testing.Http;
using static SysMgmt.Smd.IntegrationTests.Infrastructure.SmdApi;

namespace SysMgmt.Smd.IntegrationTests.Components;

/// <summary><c>GET /State/Components</c> with query filters, over one fixed set of components.</summary>
public sealed class ComponentFilterTests(SmdFixture smd) : SmdTestBase(smd)
{
    // Nodes get Role Compute by default; the BMC and the chassis have no Role, SubRole or NID.
    private const string N0 = "x1000c0s0b0n0";   // Ready  OK      Compute/Worker  NID 1   AdminUp   X86 Mountain  group blue, partition p1, locked
    private const string N1 = "x1000c0s0b0n1";   // On     Warning Compute         NID 2             ARM Mountain  group blue, reservation disabled
    private const string S1 = "x1000c0s1b0n0";   // Off    OK      Service/Master  NID 10  AdminDown X86 River     group red, partition p1, disabled
    private const string S10 = "x1000c0s10b0n0"; // Standby Alert  Storage/Storage NID 0   Subtype Blade2 Hill   partition p2
    private const string Bmc = "x1000c0s1b0";    // Ready  OK      NodeBMC
    private const string Chassis = "x1000c0";    // On     OK      Chassis
    private const string Halted = "x3000c0s19b1n0"; // Halt Locked  Application     NID 11

    private static readonly string[] s_all = [Chassis, N0, N1, S10, Bmc, S1, Halted];

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        using var client = Smd.CreateClient();
        // Posted out of order, so the ordering test means something.
        await client.PostComponentsAsync(
            Comp(Halted, "Halt") with { Flag = "Locked", Role = "Application", NID = 11 },
            Comp(S10, "Standby") with { Flag = "Alert", Role = "Storage", SubRole = "Storage", NID = 0, Subtype = "Blade2", Class = "Hill" },
            Comp(N0) with { Role = "Compute", SubRole = "Worker", NID = 1, SoftwareStatus = "AdminUp", Arch = "X86", Class = "Mountain", NetType = "Sling" },
            Comp(Bmc),
            Comp(N1, "On") with { Flag = "Warning", NID = 2, Arch = "ARM", Class = "Mountain" },
            Comp(S1, "Off") with { Role = "Service", SubRole = "Master", NID = 10, Enabled = false, SoftwareStatus = "AdminDown", Arch = "X86", Class = "River" },
            Comp(Chassis, "On"));
        await Smd.SetReservationAsync(N0, locked: true, reservationDisabled: false);
        await Smd.SetReservationAsync(N1, locked: false, reservationDisabled: true);
        await Smd.AddToGroupAsync("blue", N0, N1);
        await Smd.AddToGroupAsync("red", S1);
        await Smd.AddToPartitionAsync("p1", N0, S1);
        await Smd.AddToPartitionAsync("p2", S10);
    }

    [Fact]
    public async Task List_NoFilter_ReturnsEverythingOrderedById()
    {
        using var client = Smd.CreateClient();

        var ids = await client.GetIdsAsync();

        Assert.Equal(s_all, ids);
        Assert.Equal(ids.Order(StringComparer.Ordinal), ids);
    }

    [Theory]
    // id: normalised, repeated values ORed
    [InlineData("id=x1000c0s0b0n0", new[] { N0 })]
    [InlineData("id=X01000C0S0B0N00", new[] { N0 })]
    [InlineData("id=x1000c0s0b0n0&id=x1000c0", new[] { Chassis, N0 })]
    [InlineData("id=!x1000c0", new[] { N0, N1, S10, Bmc, S1, Halted })]
    // type
    [InlineData("type=node", new[] { N0, N1, S10, S1, Halted })]
    [InlineData("type=NodeBMC&type=chassis", new[] { Chassis, Bmc })]
    // enums: any case, OR, negation
    [InlineData("state=ready", new[] { N0, Bmc })]
    [InlineData("state=On&state=Ready", new[] { Chassis, N0, N1, Bmc })]
    [InlineData("state=!Ready", new[] { Chassis, N1, S10, S1, Halted })]
    [InlineData("state=!Ready&state=!on", new[] { S10, S1, Halted })]
    [InlineData("flag=warn", new[] { N1 })]
    [InlineData("flag=locked", new[] { Halted })]
    [InlineData("role=service", new[] { S1 })]
    [InlineData("role=Compute&role=STORAGE", new[] { N0, N1, S10 })]
    [InlineData("role=!Compute", new[] { Chassis, S10, Bmc, S1, Halted })]
    [InlineData("subrole=worker", new[] { N0 })]
    [InlineData("subrole=!Worker&subrole=!master", new[] { Chassis, N1, S10, Bmc, Halted })]
    [InlineData("arch=x86", new[] { N0, S1 })]
    [InlineData("arch=ARM", new[] { N1 })]
    [InlineData("class=mountain", new[] { N0, N1 })]
    [InlineData("class=hill&class=River", new[] { S10, S1 })]
    [InlineData("subtype=Blade2", new[] { S10 })]
    // booleans: Go's spellings
    [InlineData("enabled=false", new[] { S1 })]
    [InlineData("enabled=f", new[] { S1 })]
    [InlineData("enabled=0", new[] { S1 })]
    [InlineData("enabled=true", new[] { Chassis, N0, N1, S10, Bmc, Halted })]
    [InlineData("enabled=!false", new[] { Chassis, N0, N1, S10, Bmc, Halted })]
    [InlineData("locked=true", new[] { N0 })]
    [InlineData("locked=f", new[] { Chassis, N1, S10, Bmc, S1, Halted })]
    [InlineData("reservation_disabled=1", new[] { N1 })]
    // software status: free text, case-insensitive; negation keeps components without one
    [InlineData("softwarestatus=adminup", new[] { N0 })]
    [InlineData("softwarestatus=ADMINDOWN&softwarestatus=AdminUp", new[] { N0, S1 })]
    [InlineData("softwarestatus=!adminup", new[] { Chassis, N1, S10, Bmc, S1, Halted })]
    // nid: values, blank, negation
    [InlineData("nid=10", new[] { S1 })]
    [InlineData("nid=0", new[] { S10 })]
    [InlineData("nid=1&nid=2", new[] { N0, N1 })]
    [InlineData("nid=", new[] { Chassis, Bmc })]
    [InlineData("nid=&nid=1", new[] { Chassis, N0, Bmc })]
    [InlineData("nid=!1&nid=!", new[] { N1, S10, S1, Halted })]
    // nid ranges: paired in order, open when unpaired, union with nid
    [InlineData("nid_start=1&nid_end=2", new[] { N0, N1 })]
    [InlineData("nid_start=0&nid_end=1&nid_start=10&nid_end=11", new[] { N0, S10, S1, Halted })]
    [InlineData("nid_start=10", new[] { S1, Halted })]
    [InlineData("nid_end=1", new[] { N0, S10 })]
    [InlineData("nid_start=2&nid_end=2&nid_start=11", new[] { N1, Halted })]
    [InlineData("nid_start=10&nid_end=10&nid=2", new[] { N1, S1 })]
    // groups and partitions
    [InlineData("group=blue", new[] { N0, N1 })]
    [InlineData("group=BLUE", new[] { N0, N1 })]
    [InlineData("group=blue&group=red", new[] { N0, N1, S1 })]
    [InlineData("group=NULL", new[] { Chassis, S10, Bmc, Halted })]
    [InlineData("partition=p1", new[] { N0, S1 })]
    [InlineData("partition=p1&partition=p2", new[] { N0, S10, S1 })]
    [InlineData("partition=NULL", new[] { Chassis, N1, Bmc, Halted })]
    [InlineData("group=blue&partition=p1", new[] { N0 })]
    [InlineData("group=blue&group=red&partition=p1", new[] { N0, S1 })]
    [InlineData("group=nosuchgroup", new string[0])]
    // different parameters AND; names and values in any case; unknown parameters ignored
    [InlineData("type=node&state=ready", new[] { N0 })]
    [InlineData("role=compute&arch=x86&enabled=true", new[] { N0 })]
    [InlineData("TYPE=NODE&State=READY", new[] { N0 })]
    [InlineData("Nid_Start=10&NID_END=10", new[] { S1 })]
    [InlineData("foo=bar&type=nodebmc&limit=1", new[] { Bmc })]
    public async Task List_Filter_ReturnsMatchingComponentsById(string query, string[] expected)
    {
        using var client = Smd.CreateClient();

        var ids = await client.GetIdsAsync(query);

        Assert.Equal(expected, ids);
    }

    [Theory]
    [InlineData("state=foo", "'foo' is not a valid HMS State")]
    [InlineData("flag=bad", "'bad' is not a valid HMS Flag")]
    [InlineData("role=wizard", "'wizard' is not a valid HMS Role")]
    [InlineData("subrole=boss", "'boss' is not a valid HMS SubRole")]
    [InlineData("arch=sparc", "'sparc' is not a valid HMS Arch")]
    [InlineData("class=desert", "'desert' is not a valid HMS Class")]
    [InlineData("type=toaster", "'toaster' is not a valid HMS Type")]
    [InlineData("type=INVALID", "'INVALID' is not a valid HMS Type")]
    [InlineData("subtype=a-b", "'a-b' is not a valid HMS Subtype")]
    [InlineData("id=x1c9", "chassis number 9 is out of range 0-7")]
    [InlineData("enabled=yes", "enabled 'yes'")]
    [InlineData("locked=maybe", "locked 'maybe'")]
    [InlineData("reservation_disabled=2", "reservation_disabled '2'")]
    [InlineData("nid=abc", "nid 'abc'")]
    [InlineData("nid=-1", "nid '-1'")]
    [InlineData("nid_start=x", "nid_start 'x'")]
    [InlineData("nid_end=1.5", "nid_end '1.5'")]
    [InlineData("nid=&nid_start=1", "cannot be combined")]
    [InlineData("nid=!3&nid_end=4", "cannot be combined")]
    [InlineData("group=NULL&group=blue", "NULL and non-NULL group")]
    [InlineData("partition=p1&partition=NULL", "NULL and non-NULL partition")]
    [InlineData("group=a%20b", "'a b' is not a valid group name")]
    [InlineData("stateonly=foo", "stateonly 'foo'")]
    [InlineData("nidonly=", "nidonly ''")]
    public async Task List_InvalidValue_Returns400NamingIt(string query, string expected)
    {
        using var client = Smd.CreateClient();

        using var response = await client.GetAsync($"{ComponentsPath}?{query}", TestContext.Current.CancellationToken);

        var detail = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, expected);
        Assert.StartsWith("bad query param: ", detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task List_SeveralInvalidValues_ListsEveryOne()
    {
        using var client = Smd.CreateClient();

        using var response = await client.GetAsync($"{ComponentsPath}?state=foo&type=bar&state=Ready&flag=baz&locked=maybe", TestContext.Current.CancellationToken);

        var detail = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.All(["'foo' is not a valid HMS State", "'bar' is not a valid HMS Type", "'baz' is not a valid HMS Flag", "locked 'maybe'"],
            expected => Assert.Contains(expected, detail, StringComparison.Ordinal));
        Assert.DoesNotContain("Ready", detail, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("stateonly=true", new[] { "Flag", "ID", "State", "Type" })]
    [InlineData("flagonly=true", new[] { "Flag", "ID", "Type" })]
    [InlineData("roleonly=true", new[] { "ID", "Role", "SubRole", "Type" })]
    [InlineData("nidonly=true", new[] { "ID", "NID", "Type" })]
    [InlineData("STATEONLY=t", new[] { "Flag", "ID", "State", "Type" })]
    // Precedence: stateonly, flagonly, roleonly, nidonly; a false selector does not count.
    [InlineData("nidonly=true&roleonly=true&flagonly=true&stateonly=true", new[] { "Flag", "ID", "State", "Type" })]
    [InlineData("nidonly=true&roleonly=true&flagonly=true", new[] { "Flag", "ID", "Type" })]
    [InlineData("nidonly=1&roleonly=1", new[] { "ID", "Role", "SubRole", "Type" })]
    [InlineData("stateonly=false&nidonly=true", new[] { "ID", "NID", "Type" })]
    [InlineData("stateonly=false", new[] { "Arch", "Class", "Enabled", "Flag", "ID", "Locked", "NID", "NetType", "Role", "SoftwareStatus", "State", "SubRole", "Type" })]
    public async Task List_FieldSelector_ReturnsExactlyItsKeys(string selector, string[] keys)
    {
        using var client = Smd.CreateClient();

        var components = await client.GetComponentListAsync($"{ComponentsPath}?id={N0}&{selector}");

        var component = Assert.Single(components);
        Assert.Equal(keys, Keys(component));
        Assert.Equal(N0, component.Str("ID"));
        Assert.Equal("Node", component.Str("Type"));
    }

    [Fact]
    public async Task List_FieldSelectorWithFilter_TrimsEveryMatch()
    {
        using var client = Smd.CreateClient();

        var components = await client.GetComponentListAsync($"{ComponentsPath}?type=node&nidonly=true");

        Assert.Equal([N0, N1, S10, S1, Halted], Ids(components));
        Assert.Equal([1L, 2, 0, 10, 11], components.Select(c => c.Long("NID")));
        Assert.All(components, c => Assert.Equal(["ID", "NID", "Type"], Keys(c)));
    }

    // POST /Query takes every filter of the anchors' ComponentArray_PostQuery in its body, and answers what the
    // same filter in GET's query string answers.
    [Theory]
    [InlineData("\"type\":\"NodeBMC\"", "type=NodeBMC", new[] { Bmc })]
    [InlineData("\"state\":[\"!Ready\",\"!On\"]", "state=!Ready&state=!On", new[] { S10, S1, Halted })]
    [InlineData("\"flag\":\"warning\"", "flag=warning", new[] { N1 })]
    [InlineData("\"enabled\":false", "enabled=false", new[] { S1 })]
    [InlineData("\"softwarestatus\":\"adminup\"", "softwarestatus=adminup", new[] { N0 })]
    [InlineData("\"role\":\"Service\"", "role=Service", new[] { S1 })]
    [InlineData("\"subrole\":[\"Worker\",\"Storage\"]", "subrole=Worker&subrole=Storage", new[] { N0, S10 })]
    [InlineData("\"subtype\":\"Blade2\"", "subtype=Blade2", new[] { S10 })]
    [InlineData("\"arch\":\"ARM\"", "arch=ARM", new[] { N1 })]
    [InlineData("\"class\":\"River\"", "class=River", new[] { S1 })]
    [InlineData("\"nid\":[2,\"10\"]", "nid=2&nid=10", new[] { N1, S1 })]
    [InlineData("\"NID\":\"0\"", "NID=0", new[] { S10 })]
    [InlineData("\"nid\":[\"!1\",\"!\"]", "nid=!1&nid=!", new[] { N1, S10, S1, Halted })]
    [InlineData("\"nid_start\":\"10\"", "nid_start=10", new[] { S1, Halted })]
    [InlineData("\"nid_end\":1", "nid_end=1", new[] { N0, S10 })]
    [InlineData("\"nid_start\":[\"0\",\"10\"],\"nid_end\":[\"1\",\"11\"]", "nid_start=0&nid_end=1&nid_start=10&nid_end=11", new[] { N0, S10, S1, Halted })]
    [InlineData("\"nid_start\":10,\"nid_end\":10,\"nid\":2", "nid_start=10&nid_end=10&nid=2", new[] { N1, S1 })]
    [InlineData("\"group\":\"blue\"", "group=blue", new[] { N0, N1 })]
    [InlineData("\"partition\":\"p1\"", "partition=p1", new[] { N0, S1 })]
    [InlineData("\"partition\":\"NULL\",\"type\":\"Node\"", "partition=NULL&type=Node", new[] { N1, Halted })]
    [InlineData("\"id\":[\"x1000c0s0b0n0\",\"x1000c0\"]", "id=x1000c0s0b0n0&id=x1000c0", new[] { Chassis, N0 })]
    [InlineData("\"locked\":true", "locked=true", new[] { N0 })]
    [InlineData("\"reservation_disabled\":\"true\"", "reservation_disabled=true", new[] { N1 })]
    public async Task QueryBody_EachFilter_AnswersAsTheQueryString(string filter, string query, string[] expected)
    {
        using var client = Smd.CreateClient();

        var posted = await client.PostForIdsAsync($"{ComponentsPath}/Query", $$"""{"ComponentIDs":["s0"],{{filter}}}""");

        Assert.Equal(expected, posted);
        Assert.Equal(expected, await client.GetIdsAsync(query));
    }

    [Theory]
    [InlineData("stateonly", new[] { "Flag", "ID", "State", "Type" })]
    [InlineData("flagonly", new[] { "Flag", "ID", "Type" })]
    [InlineData("roleonly", new[] { "ID", "Role", "SubRole", "Type" })]
    [InlineData("nidonly", new[] { "ID", "NID", "Type" })]
    public async Task QueryBody_FieldSelector_ReturnsExactlyItsKeys(string selector, string[] keys)
    {
        using var client = Smd.CreateClient();

        using var response = await client.PostJsonAsync($"{ComponentsPath}/Query", $$"""{"ComponentIDs":["{{N0}}"],"{{selector}}":true}""", Ct);

        Assert.Equal(keys, Keys(Assert.Single(await response.ReadComponentListAsync())));
    }

    [Theory]
    [InlineData("/Query", """{"ComponentIDs":["s0"],"nids":["1"]}""", "unknown field 'nids'")]
    [InlineData("/Query", """{"ComponentIDs":["s0"],"NIDRanges":["1-2"]}""", "unknown field 'NIDRanges'")]
    [InlineData("/Query", """{"ComponentIDs":["s0"],"Components":[]}""", "unknown field 'Components'")]
    [InlineData("/ByNID/Query", """{"NIDRanges":["1-2"],"nid":"2"}""", "unknown field 'nid'")]
    [InlineData("/ByNID/Query", """{"NIDRanges":["1-2"],"ComponentIDs":["s0"]}""", "unknown field 'ComponentIDs'")]
    [InlineData("/Query", """{"ComponentIDs":["s0"],"nid":"two"}""", "bad query param: nid 'two' is not a non-negative integer")]
    [InlineData("/Query", """{"ComponentIDs":["s0"],"nid_start":"-1"}""", "bad query param: nid_start '-1' is not a non-negative integer")]
    [InlineData("/Query", """{"ComponentIDs":["s0"],"nid_end":{"n":1}}""", "field 'nid_end' has the wrong type")]
    [InlineData("/Query", """{"ComponentIDs":["s0"],"nid":"!","nid_end":"4"}""", "cannot be combined")]
    [InlineData("/Query", """{"ComponentIDs":["s0"],"locked":"maybe"}""", "locked 'maybe'")]
    public async Task QueryBody_UnknownFieldOrBadValue_Returns400(string route, string json, string expected)
    {
        using var client = Smd.CreateClient();

        using var response = await client.PostJsonAsync(ComponentsPath + route, json, Ct);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, expected);
    }
}
