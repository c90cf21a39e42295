using System.Net;
using SysMgmt.Bss.IntegrationTests.Infrastructure;
using SysMgmt.Testing.Http;
using SysMgmt.Testing.Postgres;

namespace SysMgmt.Bss.IntegrationTests;

/// <summary>BSS following SMD's inventory stream: what is written to SMD boots through BSS without any refresh call.</summary>
public sealed class StreamFollowingTests(StreamFollowingTests.Stack stack) : IClassFixture<StreamFollowingTests.Stack>
{
    public sealed class Stack(PostgresServerFixture postgres) : StreamingBssStack(postgres);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task NodeCreatedInSmd_BootsThroughBssWithoutAnyRefreshCall()
    {
        using var anonymous = stack.BssClient(scope: null);
        var before = await anonymous.ScriptAsync("mac=02:00:00:00:07:01");

        await stack.AddNodeAsync("x3000c0s7b0n0", 7, "Compute", ["02:00:00:00:07:01"]);
        var script = await anonymous.EventuallyScriptAsync("mac=02:00:00:00:07:01", "xname=x3000c0s7b0n0");

        Assert.DoesNotContain("xname=", before, StringComparison.Ordinal);
        Assert.Contains("role=compute xname=x3000c0s7b0n0 nid=7 ", script, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MacMovedToAnotherNode_BootsAsThatNodeAndLeavesTheFirst()
    {
        using var smd = stack.SmdClient();
        using var anonymous = stack.BssClient(scope: null);
        using var bss = stack.BssClient("read");
        await stack.AddNodeAsync("x3000c0s8b0n0", 8, "Compute", ["02:00:00:00:08:01", "02:00:00:00:08:02"]);
        await stack.AddNodeAsync("x3000c0s9b0n0", 9, "Compute", ["02:00:00:00:09:01"]);
        await anonymous.EventuallyScriptAsync("mac=02:00:00:00:08:02", "xname=x3000c0s8b0n0");

        using var moved = await smd.PatchJsonAsync("/hsm/v2/Inventory/EthernetInterfaces/020000000802", """{"ComponentID":"x3000c0s9b0n0"}""", Ct);
        await StackRequests.Expect(moved, HttpStatusCode.OK);
        var script = await anonymous.EventuallyScriptAsync("mac=02:00:00:00:08:02", "xname=x3000c0s9b0n0");
        var first = (await (await bss.GetAsync("/boot/v1/hosts?name=x3000c0s8b0n0", Ct)).ReadJsonAsync(Ct))[0];
        var second = (await (await bss.GetAsync("/boot/v1/hosts?name=x3000c0s9b0n0", Ct)).ReadJsonAsync(Ct))[0];

        Assert.Contains("xname=x3000c0s9b0n0 nid=9 ", script, StringComparison.Ordinal);
        Assert.Equal("""["02:00:00:00:08:01"]""", first.GetProperty("MAC").GetRawText());
        Assert.Equal("""["02:00:00:00:08:02","02:00:00:00:09:01"]""", second.GetProperty("MAC").GetRawText());
    }

    [Fact]
    public async Task PostHosts_FollowingTheStream_AnswersOnceTheIndexHasSmdsLatestChange()
    {
        using var bss = stack.BssClient();

        await stack.AddNodeAsync("x3000c0s11b0n0", 11, "Compute", ["02:00:00:00:11:01"]);
        await stack.RefreshAsync();
        var hosts = await (await bss.GetAsync("/boot/v1/hosts?mac=02:00:00:00:11:01", Ct)).ReadJsonAsync(Ct);

        Assert.Equal("x3000c0s11b0n0", hosts[0].GetProperty("ID").GetString());
    }
}
