using System.Net;
using SysMgmt.Smd.IntegrationTests.Infrastructure;
using SysMgmt.Testing.Http;
using static SysMgmt.Smd.IntegrationTests.Infrastructure.SmdApi;

namespace SysMgmt.Smd.IntegrationTests.Components;

/// <summary><c>PATCH /{xname}/StateData</c> and <c>/BulkStateData</c>: transitions, Force, flags.</summary>
public sealed class ComponentStateDataTests(SmdFixture smd) : SmdTestBase(smd)
{
    private const string Node = "x1000c0s0b0n0";
    private const string BulkStateData = $"{ComponentsPath}/BulkStateData";

    [Theory]
    [InlineData("Ready", "Off")]
    [InlineData("Off", "On")]
    [InlineData("Halt", "On")]
    [InlineData("Ready", "Standby")]
    [InlineData("Ready", "Halt")]
    [InlineData("Standby", "Ready")]
    [InlineData("On", "Ready")]
    public async Task PatchState_AllowedTransition_Applies(string from, string to)
    {
        using var client = Smd.CreateClient();
        await client.PostComponentsAsync(Comp(Node, from));

        using var response = await PatchStateAsync(client, Node, $$"""{"State":"{{to.ToLowerInvariant()}}"}""");

        await AssertStatusAsync(response, HttpStatusCode.NoContent);
        Assert.Equal([to, "OK"], (await client.GetComponentAsync(Node)).Fields("State", "Flag"));
    }

    [Theory]
    [InlineData("Off", "Standby", "Standby, Ready")]
    [InlineData("On", "Halt", "Halt, Ready")]
    [InlineData("Ready", "On", "On, Off, Standby, Halt")]
    [InlineData("Empty", "Off", "Off, On, Standby, Halt, Ready")]
    public async Task PatchState_RefusedTransition_Returns400NamingCurrentAndAllowedStates(string from, string to, string allowed)
    {
        using var client = Smd.CreateClient();
        await client.PostComponentsAsync(Comp(Node, from));

        using var response = await PatchStateAsync(client, Node, $$"""{"State":"{{to}}"}""");

        var detail = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, "operation not allowed and not forced.");
        Assert.Contains($"is {from} and cannot go to {to}", detail, StringComparison.Ordinal);
        Assert.Contains($"(allowed from: {allowed}); use Force to override.", detail, StringComparison.Ordinal);
        Assert.Equal(from, (await client.GetComponentAsync(Node)).Str("State"));
    }

    [Fact]
    public async Task PatchState_RefusedTransitionWithForce_Applies()
    {
        using var client = Smd.CreateClient();
        await client.PostComponentsAsync(Comp(Node, "Off"));

        using var response = await PatchStateAsync(client, Node, """{"State":"Standby","Flag":"Alert","Force":true}""");

        await AssertStatusAsync(response, HttpStatusCode.NoContent);
        Assert.Equal(["Standby", "Alert"], (await client.GetComponentAsync(Node)).Fields("State", "Flag"));
    }

    [Theory]
    [InlineData("Unknown")]
    [InlineData("Empty")]
    [InlineData("populated")]
    public async Task PatchState_ForceOnlyStateWithoutForce_Returns400(string state)
    {
        using var client = Smd.CreateClient();
        await client.PostComponentsAsync(Comp(Node, "On"));

        using var response = await PatchStateAsync(client, Node, $$"""{"State":"{{state}}"}""");

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, "operation not allowed and not forced.");
        Assert.Equal("On", (await client.GetComponentAsync(Node)).Str("State"));
    }

    [Theory]
    [InlineData("Unknown")]
    [InlineData("Empty")]
    [InlineData("Populated")]
    public async Task PatchState_ForceOnlyStateWithForce_Applies(string state)
    {
        using var client = Smd.CreateClient();
        await client.PostComponentsAsync(Comp(Node, "On"));

        using var response = await PatchStateAsync(client, Node, $$"""{"State":"{{state}}","force":true}""");

        await AssertStatusAsync(response, HttpStatusCode.NoContent);
        Assert.Equal(state, (await client.GetComponentAsync(Node)).Str("State"));
    }

    [Fact]
    public async Task PatchState_ReadyWarningOnReadyComponent_SetsWarning()
    {
        using var client = Smd.CreateClient();
        await client.PostComponentsAsync(Comp(Node, "Ready"));

        using var response = await PatchStateAsync(client, Node, """{"State":"Ready","Flag":"Warning"}""");

        await AssertStatusAsync(response, HttpStatusCode.NoContent);
        Assert.Equal(["Ready", "Warning"], (await client.GetComponentAsync(Node)).Fields("State", "Flag"));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task PatchState_ReadyWarningOnOtherState_IsRefusedEvenWithForce(bool force)
    {
        using var client = Smd.CreateClient();
        await client.PostComponentsAsync(Comp(Node, "On"));

        using var response = await PatchStateAsync(client, Node, $$"""{"State":"Ready","Flag":"warn","Force":{{(force ? "true" : "false")}}}""");

        var detail = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, "is On and cannot go to Ready (allowed from: Ready)");
        Assert.DoesNotContain("Force", detail, StringComparison.Ordinal);
        Assert.Equal(["On", "OK"], (await client.GetComponentAsync(Node)).Fields("State", "Flag"));
    }

    [Fact]
    public async Task PatchState_FlagOmitted_ResetsFlagToOk()
    {
        using var client = Smd.CreateClient();
        await client.PostComponentsAsync(Comp(Node, "Ready") with { Flag = "Alert" });

        using var response = await PatchStateAsync(client, Node, """{"State":"Off"}""");

        await AssertStatusAsync(response, HttpStatusCode.NoContent);
        Assert.Equal(["Off", "OK"], (await client.GetComponentAsync(Node)).Fields("State", "Flag"));
    }

    [Fact]
    public async Task PatchState_SameStateFlagOmitted_ClearsWarning()
    {
        using var client = Smd.CreateClient();
        await client.PostComponentsAsync(Comp(Node, "Ready") with { Flag = "Warning" });

        using var response = await PatchStateAsync(client, Node, """{"State":"Ready"}""");

        await AssertStatusAsync(response, HttpStatusCode.NoContent);
        Assert.Equal("OK", (await client.GetComponentAsync(Node)).Str("Flag"));
    }

    [Fact]
    public async Task PatchState_LockedFlag_SurvivesStateChange()
    {
        using var client = Smd.CreateClient();
        await client.PostComponentsAsync(Comp(Node, "Ready") with { Flag = "Locked" });

        using var response = await PatchStateAsync(client, Node, """{"State":"Off","Flag":"Alert"}""");

        await AssertStatusAsync(response, HttpStatusCode.NoContent);
        Assert.Equal(["Off", "Locked"], (await client.GetComponentAsync(Node)).Fields("State", "Flag"));
    }

    [Fact]
    public async Task PatchState_CurrentStateAndFlag_Returns204()
    {
        using var client = Smd.CreateClient();
        await client.PostComponentsAsync(Comp(Node, "Off") with { Flag = "Alert" });

        using var response = await PatchStateAsync(client, Node, """{"State":"Off","Flag":"Alert"}""");

        await AssertStatusAsync(response, HttpStatusCode.NoContent);
        Assert.Equal(["Off", "Alert"], (await client.GetComponentAsync(Node)).Fields("State", "Flag"));
    }

    [Theory]
    [InlineData(Node, """{"State":"Off","Flag":"Purple"}""", "'Purple' is not a valid HMS Flag")]
    [InlineData(Node, """{"State":"Dozing"}""", "'Dozing' is not a valid HMS State")]
    [InlineData(Node, """{"Flag":"OK"}""", "Missing State")]
    [InlineData(Node, """{"State":""}""", "Missing State")]
    [InlineData(Node, """{"ID":"x1000c0s0b0n1","State":"Off"}""", "ID in URL and PATCH body do not match")]
    [InlineData(Node, """{"State":"Off","Force":"true"}""", "field 'Force' has the wrong type: expected true or false")]
    [InlineData(Node, """{"State":"Off" """, "malformed JSON")]
    [InlineData("x1c9", """{"State":"Off"}""", "chassis number 9 is out of range 0-7")]
    public async Task PatchState_BadRequest_Returns400AndChangesNothing(string xname, string json, string expected)
    {
        using var client = Smd.CreateClient();
        await client.PostComponentsAsync(Comp(Node, "Ready") with { Flag = "Warning" });

        using var response = await PatchStateAsync(client, xname, json);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, expected);
        Assert.Equal(["Ready", "Warning"], (await client.GetComponentAsync(Node)).Fields("State", "Flag"));
    }

    [Fact]
    public async Task PatchState_BodyIdMatchingInAnotherSpelling_Applies()
    {
        using var client = Smd.CreateClient();
        await client.PostComponentsAsync(Comp(Node, "Ready"));

        using var response = await PatchStateAsync(client, Node, """{"ID":"X1000C0S0B0N0","State":"Off"}""");

        await AssertStatusAsync(response, HttpStatusCode.NoContent);
        Assert.Equal("Off", (await client.GetComponentAsync(Node)).Str("State"));
    }

    [Fact]
    public async Task PatchState_MissingComponent_Returns404()
    {
        using var client = Smd.CreateClient();

        using var response = await PatchStateAsync(client, Node, """{"State":"Off"}""");

        Assert.Equal("no such xname.", await ProblemAssert.IsProblemAsync(response, HttpStatusCode.NotFound));
        Assert.Equal(0, await Smd.CountComponentsAsync());
    }

    [Fact]
    public async Task BulkState_MixedTargets_AppliesAllowedAndSkipsTheRestSilently()
    {
        using var client = Smd.CreateClient();
        await client.PostComponentsAsync(
            Comp("x1000c0s0b0n0", "Ready") with { Flag = "Alert" },
            Comp("x1000c0s0b0n1", "Off"),
            Comp("x1000c0s0b0n2", "Standby") with { Flag = "Locked" },
            Comp("x1000c0s0b0n3", "Ready"));

        using var response = await client.PatchJsonAsync(BulkStateData,
            """{"ComponentIDs":["x1000c0s0b0n0","X1000C0S0B0N1","x1000c0s0b0n2","x1000c0s9b0n0","x1000c0s0b0n0"],"State":"Standby"}""", Ct);

        await AssertStatusAsync(response, HttpStatusCode.NoContent);
        var components = await client.GetComponentListAsync(ComponentsPath);
        Assert.Equal(
            ["Standby/OK", "Off/OK", "Standby/Locked", "Ready/OK"],
            components.Select(c => $"{c.Str("State")}/{c.Str("Flag")}"));
    }

    [Fact]
    public async Task BulkState_Force_AppliesToAllExisting()
    {
        using var client = Smd.CreateClient();
        await client.PostComponentsAsync(Comp("x1000c0s0b0n0", "Ready"), Comp("x1000c0s0b0n1", "Off"));

        using var response = await client.PatchJsonAsync(BulkStateData,
            """{"ComponentIDs":["x1000c0s0b0n0","x1000c0s0b0n1","x1000c0s0b0n5"],"State":"Empty","Flag":"Alert","Force":true}""", Ct);

        await AssertStatusAsync(response, HttpStatusCode.NoContent);
        var components = await client.GetComponentListAsync(ComponentsPath);
        Assert.All(components, c => Assert.Equal(["Empty", "Alert"], c.Fields("State", "Flag")));
        Assert.Equal(2, await Smd.CountComponentsAsync());
    }

    [Fact]
    public async Task BulkState_ReadyWarning_AppliesOnlyToReadyComponentsEvenWithForce()
    {
        using var client = Smd.CreateClient();
        await client.PostComponentsAsync(Comp("x1000c0s0b0n0", "Ready"), Comp("x1000c0s0b0n1", "On"), Comp("x1000c0s0b0n2", "Off"));

        using var response = await client.PatchJsonAsync(BulkStateData,
            """{"ComponentIDs":["x1000c0s0b0n0","x1000c0s0b0n1","x1000c0s0b0n2"],"State":"Ready","Flag":"Warning","Force":true}""", Ct);

        await AssertStatusAsync(response, HttpStatusCode.NoContent);
        var components = await client.GetComponentListAsync(ComponentsPath);
        Assert.Equal(["Ready/Warning", "On/OK", "Off/OK"], components.Select(c => $"{c.Str("State")}/{c.Str("Flag")}"));
    }

    [Fact]
    public async Task BulkState_NothingApplicable_Returns204()
    {
        using var client = Smd.CreateClient();
        await client.PostComponentsAsync(Comp("x1000c0s0b0n0", "Off"));

        using var response = await client.PatchJsonAsync(BulkStateData, """{"ComponentIDs":["x1000c0s0b0n0"],"State":"Halt"}""", Ct);

        await AssertStatusAsync(response, HttpStatusCode.NoContent);
        Assert.Equal("Off", (await client.GetComponentAsync("x1000c0s0b0n0")).Str("State"));
    }

    [Fact]
    public async Task BulkState_SingleMissingId_Returns204()
    {
        using var client = Smd.CreateClient();

        using var response = await client.PatchJsonAsync(BulkStateData, """{"ComponentIDs":["x1000c0s0b0n0"],"State":"Off"}""", Ct);

        await AssertStatusAsync(response, HttpStatusCode.NoContent);
        Assert.Equal(0, await Smd.CountComponentsAsync());
    }

    [Theory]
    [InlineData("""{"ComponentIDs":["x1000c0s0b0n0","x1c9"],"State":"Off"}""", "chassis number 9 is out of range 0-7")]
    [InlineData("""{"ComponentIDs":["x1000c0s0b0n0"],"State":"Empty"}""", "operation not allowed and not forced.")]
    [InlineData("""{"ComponentIDs":["x1000c0s0b0n0"],"State":"Populated"}""", "operation not allowed and not forced.")]
    [InlineData("""{"ComponentIDs":["x1000c0s0b0n0"],"State":"Unknown","Force":false}""", "operation not allowed and not forced.")]
    [InlineData("""{"ComponentIDs":["x1000c0s0b0n0"],"State":"Off","Flag":"Maybe"}""", "'Maybe' is not a valid HMS Flag")]
    [InlineData("""{"ComponentIDs":["x1000c0s0b0n0"]}""", "Missing State")]
    [InlineData("""{"State":"Off"}""", "Missing IDs")]
    [InlineData("""{"ComponentIDs":[],"State":"Off"}""", "Missing IDs")]
    [InlineData("""{"ComponentIDs":"x1000c0s0b0n0","State":"Off"}""", "field 'ComponentIDs' has the wrong type: expected an array")]
    public async Task BulkState_BadRequest_Returns400AndAppliesNothing(string json, string expected)
    {
        using var client = Smd.CreateClient();
        await client.PostComponentsAsync(Comp("x1000c0s0b0n0", "Ready"));

        using var response = await client.PatchJsonAsync(BulkStateData, json, Ct);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, expected);
        Assert.Equal(["Ready", "OK"], (await client.GetComponentAsync("x1000c0s0b0n0")).Fields("State", "Flag"));
    }

    private static Task<HttpResponseMessage> PatchStateAsync(HttpClient client, string xname, string json) =>
        client.PatchJsonAsync($"{ComponentsPath}/{xname}/StateData", json, Ct);
}
