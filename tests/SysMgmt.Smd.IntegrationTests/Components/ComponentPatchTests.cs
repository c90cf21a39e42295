using System.Net;
using SysMgmt.Smd.IntegrationTests.Infrastructure;
using SysMgmt.Testing.Http;
using static SysMgmt.Smd.IntegrationTests.Infrastructure.SmdApi;

namespace SysMgmt.Smd.IntegrationTests.Components;

/// <summary>The PATCH routes other than StateData: FlagOnly, Enabled, SoftwareStatus, Role, NID and BulkNID.</summary>
public sealed class ComponentPatchTests(SmdFixture smd) : SmdTestBase(smd)
{
    private const string N0 = "x1000c0s0b0n0";
    private const string N1 = "x1000c0s0b0n1";
    private const string N2 = "x1000c0s0b0n2";

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        using var client = Smd.CreateClient();
        await client.PostComponentsAsync(
            Comp(N0) with { Flag = "Locked", Role = "Service", SubRole = "Worker", NID = 1, SoftwareStatus = "AdminUp" },
            Comp(N1) with { Flag = "Alert", Role = "Service", SubRole = "Worker", NID = 2 },
            Comp(N2) with { NID = 3 });
    }

    [Theory]
    [InlineData("OK", "OK")]
    [InlineData("alert", "Alert")]
    [InlineData("WARN", "Warning")]
    public async Task FlagOnly_One_SetsFlagAndClearsLocked(string flag, string expected)
    {
        using var client = Smd.CreateClient();

        using var response = await client.PatchJsonAsync($"{ComponentsPath}/{N0}/FlagOnly", $$"""{"Flag":"{{flag}}"}""", Ct);

        await AssertStatusAsync(response, HttpStatusCode.NoContent);
        Assert.Equal(["Ready", expected], (await client.GetComponentAsync(N0)).Fields("State", "Flag"));
    }

    [Fact]
    public async Task FlagOnly_Bulk_SetsEveryListedFlag()
    {
        using var client = Smd.CreateClient();

        using var response = await client.PatchJsonAsync($"{ComponentsPath}/BulkFlagOnly", $$"""{"ComponentIDs":["{{N0}}","{{N1}}","x1000c0s9b0n0"],"Flag":"Warning"}""", Ct);

        await AssertStatusAsync(response, HttpStatusCode.NoContent);
        var components = await client.GetComponentListAsync(ComponentsPath);
        Assert.Equal(["Warning", "Warning", "OK"], components.Select(c => c.Str("Flag")));
    }

    // Each bulk PATCH kind (Bulk<kind>) with a valid body; a single-component PATCH also has NID (bulk NIDs take
    // a different body).
    private static readonly (string Kind, string Json)[] s_bulkPatchKinds =
    [
        ("FlagOnly", """{"Flag":"OK"}"""),
        ("Enabled", """{"Enabled":false}"""),
        ("SoftwareStatus", """{"SoftwareStatus":"AdminDown"}"""),
        ("Role", """{"Role":"Compute"}"""),
    ];

    public static TheoryData<string, string> BulkPatchKinds { get; } = new(s_bulkPatchKinds);

    public static TheoryData<string, string> SinglePatchKinds { get; } = new([.. s_bulkPatchKinds, ("NID", """{"NID":7}""")]);

    [Theory]
    [InlineData("FlagOnly", "{}", "Missing Flag")]
    [InlineData("FlagOnly", """{"Flag":"Fine"}""", "'Fine' is not a valid HMS Flag")]
    [InlineData("Enabled", "{}", "Missing Enabled field")]
    [InlineData("Enabled", """{"Enabled":null}""", "Missing Enabled field")]
    [InlineData("Enabled", """{"Enabled":"true"}""", "field 'Enabled' has the wrong type: expected true or false")]
    [InlineData("Enabled", """{"Enabled":1}""", "field 'Enabled' has the wrong type: expected true or false")]
    [InlineData("SoftwareStatus", "{}", "Missing SoftwareStatus")]
    [InlineData("SoftwareStatus", """{"SoftwareStatus":5}""", "field 'SoftwareStatus' has the wrong type: expected a string")]
    [InlineData("Role", """{"SubRole":"Worker"}""", "Missing Role")]
    [InlineData("Role", """{"Role":"Wizard"}""", "'Wizard' is not a valid HMS Role")]
    [InlineData("Role", """{"Role":"Compute","SubRole":"Boss"}""", "'Boss' is not a valid HMS SubRole")]
    [InlineData("NID", "{}", "Missing NID")]
    [InlineData("NID", """{"NID":"seven"}""", "field 'NID' has the wrong type: expected an integer")]
    [InlineData("NID", """{"ID":"x1000c0s0b0n1","NID":7}""", "ID in URL and PATCH body do not match")]
    public async Task PatchOne_BadBody_Returns400AndChangesNothing(string kind, string json, string expected)
    {
        using var client = Smd.CreateClient();
        var before = await client.GetStringAsync($"{ComponentsPath}/{N0}", Ct);

        using var response = await client.PatchJsonAsync($"{ComponentsPath}/{N0}/{kind}", json, Ct);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, expected);
        Assert.Equal(before, await client.GetStringAsync($"{ComponentsPath}/{N0}", Ct));
    }

    [Theory]
    [MemberData(nameof(SinglePatchKinds))]
    public async Task PatchOne_MissingComponent_Returns404(string kind, string json)
    {
        using var client = Smd.CreateClient();

        using var response = await client.PatchJsonAsync($"{ComponentsPath}/x1000c0s9b0n0/{kind}", json, Ct);

        Assert.Equal("no such xname.", await ProblemAssert.IsProblemAsync(response, HttpStatusCode.NotFound));
        Assert.Equal(3, await Smd.CountComponentsAsync());
    }

    [Theory]
    [MemberData(nameof(SinglePatchKinds))]
    public async Task PatchOne_InvalidXname_Returns400(string kind, string json)
    {
        using var client = Smd.CreateClient();

        using var response = await client.PatchJsonAsync($"{ComponentsPath}/x1c9/{kind}", json, Ct);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, "chassis number 9 is out of range 0-7");
    }

    [Theory]
    [MemberData(nameof(BulkPatchKinds))]
    public async Task PatchMany_InvalidIdAmongValid_Returns400AndAppliesNothing(string kind, string json)
    {
        using var client = Smd.CreateClient();
        var before = await client.GetStringAsync(ComponentsPath, Ct);
        var body = json.Insert(1, $$"""  "ComponentIDs":["{{N0}}","{{N1}}","x1c9"],""");

        using var response = await client.PatchJsonAsync($"{ComponentsPath}/Bulk{kind}", body, Ct);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, "chassis number 9 is out of range 0-7");
        Assert.Equal(before, await client.GetStringAsync(ComponentsPath, Ct));
    }

    [Theory]
    [MemberData(nameof(BulkPatchKinds))]
    public async Task PatchMany_MissingIds_Returns400(string kind, string json)
    {
        using var client = Smd.CreateClient();

        using var response = await client.PatchJsonAsync($"{ComponentsPath}/Bulk{kind}", json, Ct);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, "Missing IDs");
    }

    [Theory]
    [MemberData(nameof(BulkPatchKinds))]
    public async Task PatchMany_OnlyUnknownIds_Returns204(string kind, string json)
    {
        using var client = Smd.CreateClient();
        var before = await client.GetStringAsync(ComponentsPath, Ct);
        var body = json.Insert(1, """ "ComponentIDs":["x1000c0s9b0n0"],""");

        using var response = await client.PatchJsonAsync($"{ComponentsPath}/Bulk{kind}", body, Ct);

        await AssertStatusAsync(response, HttpStatusCode.NoContent);
        Assert.Equal(before, await client.GetStringAsync(ComponentsPath, Ct));
    }

    [Fact]
    public async Task Enabled_OneAndBulk_SetTheBoolean()
    {
        using var client = Smd.CreateClient();

        using var one = await client.PatchJsonAsync($"{ComponentsPath}/{N0}/Enabled", """{"Enabled":false}""", Ct);
        using var bulk = await client.PatchJsonAsync($"{ComponentsPath}/BulkEnabled", $$"""{"ComponentIDs":["{{N1}}","{{N2}}"],"enabled":false}""", Ct);
        using var back = await client.PatchJsonAsync($"{ComponentsPath}/{N2}/enabled", """{"ENABLED":true}""", Ct);

        Assert.Equal([HttpStatusCode.NoContent, HttpStatusCode.NoContent, HttpStatusCode.NoContent], [one.StatusCode, bulk.StatusCode, back.StatusCode]);
        var components = await client.GetComponentListAsync(ComponentsPath);
        Assert.Equal([false, false, true], components.Select(c => c.GetProperty("Enabled").GetBoolean()));
    }

    [Fact]
    public async Task SoftwareStatus_SetThenEmpty_SetsThenClears()
    {
        using var client = Smd.CreateClient();

        using var set = await client.PatchJsonAsync($"{ComponentsPath}/{N1}/SoftwareStatus", """{"SoftwareStatus":"DvsAvailable"}""", Ct);
        var afterSet = await client.GetComponentAsync(N1);
        using var clear = await client.PatchJsonAsync($"{ComponentsPath}/{N1}/SoftwareStatus", """{"SoftwareStatus":""}""", Ct);
        var afterClear = await client.GetComponentAsync(N1);

        await AssertStatusAsync(set, HttpStatusCode.NoContent);
        await AssertStatusAsync(clear, HttpStatusCode.NoContent);
        Assert.Equal("DvsAvailable", afterSet.Str("SoftwareStatus"));
        Assert.False(afterClear.TryGetProperty("SoftwareStatus", out _));
    }

    [Fact]
    public async Task SoftwareStatus_Bulk_SetsEveryListed()
    {
        using var client = Smd.CreateClient();

        using var response = await client.PatchJsonAsync($"{ComponentsPath}/BulkSoftwareStatus", $$"""{"ComponentIDs":["{{N0}}","{{N2}}"],"SoftwareStatus":"AdminDown"}""", Ct);

        await AssertStatusAsync(response, HttpStatusCode.NoContent);
        var components = await client.GetComponentListAsync(ComponentsPath);
        Assert.Equal(["AdminDown", "(absent)", "AdminDown"], components.Select(c => c.Str("SoftwareStatus") ?? "(absent)"));
    }

    [Fact]
    public async Task Role_One_SetsRoleAndSubRole()
    {
        using var client = Smd.CreateClient();

        using var response = await client.PatchJsonAsync($"{ComponentsPath}/{N2}/Role", """{"Role":"storage","SubRole":"master"}""", Ct);

        await AssertStatusAsync(response, HttpStatusCode.NoContent);
        Assert.Equal(["Storage", "Master"], (await client.GetComponentAsync(N2)).Fields("Role", "SubRole"));
    }

    [Fact]
    public async Task Role_OneWithoutSubRole_ClearsSubRole()
    {
        using var client = Smd.CreateClient();

        using var response = await client.PatchJsonAsync($"{ComponentsPath}/{N0}/Role", """{"Role":"Service"}""", Ct);

        await AssertStatusAsync(response, HttpStatusCode.NoContent);
        Assert.Equal(["Service", "(absent)"], (await client.GetComponentAsync(N0)).Fields("Role", "SubRole"));
    }

    [Fact]
    public async Task Role_BulkWithoutSubRole_ClearsSubRoleEvenWhereRoleIsUnchanged()
    {
        using var client = Smd.CreateClient();

        using var response = await client.PatchJsonAsync($"{ComponentsPath}/BulkRole", $$"""{"ComponentIDs":["{{N0}}","{{N1}}","{{N2}}"],"Role":"Service"}""", Ct);

        await AssertStatusAsync(response, HttpStatusCode.NoContent);
        var components = await client.GetComponentListAsync(ComponentsPath);
        Assert.All(components, c => Assert.Equal(["Service", "(absent)"], c.Fields("Role", "SubRole")));
    }

    [Fact]
    public async Task Role_BulkWithSubRole_SetsBoth()
    {
        using var client = Smd.CreateClient();

        using var response = await client.PatchJsonAsync($"{ComponentsPath}/BulkRole", $$"""{"ComponentIDs":["{{N2}}"],"Role":"Application","SubRole":"Storage"}""", Ct);

        await AssertStatusAsync(response, HttpStatusCode.NoContent);
        Assert.Equal(["Application", "Storage"], (await client.GetComponentAsync(N2)).Fields("Role", "SubRole"));
    }

    [Theory]
    [InlineData("""{"NID":27}""", 27L)]
    [InlineData("""{"NID":"28"}""", 28L)]
    [InlineData("""{"NID":0}""", 0L)]
    [InlineData("""{"nid":1}""", 1L)]
    public async Task Nid_One_SetsNid(string json, long expected)
    {
        using var client = Smd.CreateClient();

        using var response = await client.PatchJsonAsync($"{ComponentsPath}/{N0}/NID", json, Ct);

        await AssertStatusAsync(response, HttpStatusCode.NoContent);
        Assert.Equal(expected, (await client.GetComponentAsync(N0)).Long("NID"));
    }

    [Fact]
    public async Task Nid_OneNegative_RemovesNid()
    {
        using var client = Smd.CreateClient();

        using var response = await client.PatchJsonAsync($"{ComponentsPath}/{N0}/NID", """{"NID":-1}""", Ct);

        await AssertStatusAsync(response, HttpStatusCode.NoContent);
        Assert.Null((await client.GetComponentAsync(N0)).Long("NID"));
        Assert.Equal([N0], await client.GetIdsAsync("nid="));
    }

    [Fact]
    public async Task BulkNid_Entries_AssignFirstWinsRemoveNegativeSkipUnknown()
    {
        using var client = Smd.CreateClient();

        using var response = await client.PatchJsonAsync($"{ComponentsPath}/BulkNID",
            $$"""{"Components":[{"ID":"{{N0}}","NID":10},{"ID":"X1000C0S0B0N0","NID":11},{"ID":"{{N1}}","NID":-5},{"ID":"x1000c0s9b0n0","NID":12},{"ID":"{{N2}}","NID":"13"}]}""", Ct);

        await AssertStatusAsync(response, HttpStatusCode.NoContent);
        var components = await client.GetComponentListAsync(ComponentsPath);
        Assert.Equal([10L, null, 13L], components.Select(c => c.Long("NID")));
        Assert.Equal(3, await Smd.CountComponentsAsync());
    }

    [Fact]
    public async Task BulkNid_SwapNids_Applies()
    {
        using var client = Smd.CreateClient();

        using var response = await client.PatchJsonAsync($"{ComponentsPath}/BulkNID",
            $$"""{"Components":[{"ID":"{{N0}}","NID":2},{"ID":"{{N1}}","NID":1}]}""", Ct);

        await AssertStatusAsync(response, HttpStatusCode.NoContent);
        Assert.Equal([2L, 1L, 3L], (await client.GetComponentListAsync(ComponentsPath)).Select(c => c.Long("NID")));
    }

    [Theory]
    [InlineData("""{"Components":[{"ID":"x1000c0s0b0n0","NID":10},{"ID":"x1000c0s0b0n1"}]}""", "x1000c0s0b0n1: NID value missing")]
    [InlineData("""{"Components":[{"ID":"x1000c0s0b0n0","NID":10},{"ID":"x1c9","NID":11}]}""", "chassis number 9 is out of range 0-7")]
    [InlineData("""{"Components":[{"NID":11}]}""", "xname is empty")]
    [InlineData("""{"Components":[]}""", "Missing Components")]
    [InlineData("{}", "Missing Components")]
    [InlineData("""{"Components":[{"ID":"x1000c0s0b0n0","NID":true}]}""", "field 'Components[0].NID' has the wrong type: expected an integer")]
    public async Task BulkNid_BadBody_Returns400AndAppliesNothing(string json, string expected)
    {
        using var client = Smd.CreateClient();
        var before = await client.GetStringAsync(ComponentsPath, Ct);

        using var response = await client.PatchJsonAsync($"{ComponentsPath}/BulkNID", json, Ct);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, expected);
        Assert.Equal(before, await client.GetStringAsync(ComponentsPath, Ct));
    }

    [Theory]
    [InlineData("/BulkFoo", """{"ComponentIDs":["x1000c0s0b0n0"]}""", "no such route")]
    [InlineData("/BulkStateDataX", """{"ComponentIDs":["x1000c0s0b0n0"],"State":"Off"}""", "no such route")]
    [InlineData("/x1000c0s0b0n0/Foo", """{"Foo":1}""", "no such route")]
    [InlineData("/x1000c0s0b0n0/0", """{"State":"Off"}""", "no such route")]
    [InlineData("/x1000c0s0b0n0/StateData,Role", """{"State":"Off"}""", "no such route")]
    public async Task Patch_UnknownKind_Returns404(string path, string json, string expected)
    {
        using var client = Smd.CreateClient();
        var before = await client.GetStringAsync(ComponentsPath, Ct);

        using var response = await client.PatchJsonAsync($"{ComponentsPath}{path}", json, Ct);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.NotFound, expected);
        Assert.Equal(before, await client.GetStringAsync(ComponentsPath, Ct));
    }
}
