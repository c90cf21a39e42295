using System.Net;
using SysMgmt.Bss.IntegrationTests.Infrastructure;
using SysMgmt.Testing;
using SysMgmt.Testing.Http;
using SysMgmt.Testing.Postgres;
using static SysMgmt.Bss.IntegrationTests.Infrastructure.StackRequests;

namespace SysMgmt.Bss.IntegrationTests;

/// <summary>
/// The boot script lookup chain against a real SMD and a real PostgreSQL: node, role and Default entries,
/// unknown MACs with and without <c>arch</c>, disabled nodes, the retry cap and the golden scenario.
/// </summary>
public sealed class LookupChainTests(LookupChainTests.Stack stack) : IClassFixture<LookupChainTests.Stack>
{
    private const string NodeMac = "02:00:00:00:00:01";
    private const string RoleMac = "02:00:00:00:00:02";
    private const string DefaultMac = "02:00:00:00:00:03";
    private const string DisabledMac = "02:00:00:00:00:04";
    private const string UnknownMac = "0e:ff:ff:ff:ff:ff";

    public sealed class Stack(PostgresServerFixture postgres) : BssStack(postgres)
    {
        public string NodeToken { get; private set; } = "";

        public string GoldenToken { get; private set; } = "";

        protected override async Task SeedAsync()
        {
            await this.AddNodeAsync("x3000c0s1b0n0", 1, "Compute", [NodeMac]);
            await this.AddNodeAsync("x3000c0s2b0n0", 2, "Compute", [RoleMac]);
            await this.AddNodeAsync("x3000c0s3b0n0", 3, "Application", [DefaultMac]);
            await this.AddNodeAsync("x3000c0s4b0n0", 4, "Compute", [DisabledMac], enabled: false);
            await this.AddNodeAsync("x0c0s2b0n0", 12, "Storage", ["00:1e:67:df:f4:f1", "00:1e:67:df:f4:f2"]);
            await this.RefreshAsync();

            using var bss = BssClient();
            NodeToken = await bss.PutParametersAsync("""{"hosts":["x3000c0s1b0n0"],"params":"from=node","kernel":"http://k/node"}""");
            await bss.PutParametersAsync("""{"hosts":["Compute"],"params":"from=role","kernel":"http://k/role"}""");
            await bss.PutParametersAsync("""{"hosts":["Default"],"params":"from=default","kernel":"http://k/default"}""");
            GoldenToken = await bss.PutParametersAsync(
                """{"hosts":["x0c0s2b0n0"],"params":"console=ttyS0,115200 ip=dhcp","kernel":"http://10.1.1.1/boot/vmlinuz","initrd":"http://10.1.1.1/boot/initrd.img"}""");
        }
    }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Bootscript_GoldenScenario_MatchesGoldenScriptWithTheIssuedToken()
    {
        using var anonymous = stack.BssClient(scope: null);

        var script = await anonymous.ScriptAsync("mac=00:1e:67:df:f4:f1");

        var golden = File.ReadAllText(RepositoryPaths.Fixture("bss/05-derived-cray-known-node.ipxe")).Replace("<TOKEN>", stack.GoldenToken, StringComparison.Ordinal);
        Assert.Equal(golden, script);
    }

    [Theory]
    [InlineData(NodeMac, "x3000c0s1b0n0", "1", "from=node", "http://k/node")]
    [InlineData(RoleMac, "x3000c0s2b0n0", "2", "from=role", "http://k/role")]
    [InlineData(DefaultMac, "x3000c0s3b0n0", "3", "from=default", "http://k/default")]
    public async Task Bootscript_KnownNode_GetsMostSpecificEntryWithItsIdentity(string mac, string xname, string nid, string parameters, string kernel)
    {
        using var anonymous = stack.BssClient(scope: null);

        var script = await anonymous.ScriptAsync("mac=" + mac);

        Assert.StartsWith($"#!ipxe\nkernel --name kernel {kernel} {parameters} xname={xname} nid={nid} bss_referral_token=", script, StringComparison.Ordinal);
        Assert.EndsWith($"chain {BssStack.ChainUrl}?mac={mac}&retry=1\n\n", script, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bootscript_ByNameAndByNid_FindTheSameNodeEntry()
    {
        using var anonymous = stack.BssClient(scope: null);

        var byName = await anonymous.ScriptAsync("name=x3000c0s1b0n0");
        var byNid = await anonymous.ScriptAsync("nid=1");

        Assert.Contains($"from=node xname=x3000c0s1b0n0 nid=1 bss_referral_token={stack.NodeToken} ", byName, StringComparison.Ordinal);
        Assert.Equal(byName, byNid);
    }

    [Fact]
    public async Task Bootscript_UnknownMacWithoutArch_AsksAgainWithItsArchitecture()
    {
        using var anonymous = stack.BssClient(scope: null);

        var script = await anonymous.ScriptAsync($"mac={UnknownMac}&ts=1700000000");

        Assert.Equal($"#!ipxe\nsleep 10\nchain {BssStack.ChainUrl}?mac={UnknownMac}&arch=${{buildarch}}&ts=1700000000\n\n", script);
    }

    [Fact]
    public async Task Bootscript_UnknownMacWithArch_BootsUnknownArchEntryOrSaysNotConfigured()
    {
        using var anonymous = stack.BssClient(scope: null);
        using var notConfigured = await anonymous.GetScriptAsync($"mac={UnknownMac}&arch=arm64&ts=1700000000");
        using (var bss = stack.BssClient())
        {
            await bss.PutParametersAsync("""{"hosts":["Unknown-x86_64"],"params":"console=tty0 unknown_hardware","kernel":"http://10.1.1.1/discovery/vmlinuz"}""");
        }

        var script = await anonymous.ScriptAsync($"mac={UnknownMac}&arch=x86_64&ts=1700000000");

        await ProblemAssert.HasProblemAsync(notConfigured, HttpStatusCode.NotFound, $"Unknown MAC {UnknownMac} architecture arm64: this host not configured for booting.");
        Assert.Equal(
            "#!ipxe\nkernel --name kernel http://10.1.1.1/discovery/vmlinuz console=tty0 unknown_hardware ds=nocloud-net;s=http://10.92.100.81:8888/ || goto boot_retry\n"
            + $"boot || goto boot_retry\n:boot_retry\nsleep 30\nchain {BssStack.ChainUrl}?mac={UnknownMac}&arch=${{buildarch}}&ts=1700000000\n\n",
            script);
    }

    [Fact]
    public async Task Bootscript_DisabledNode_GetsNoScript()
    {
        using var anonymous = stack.BssClient(scope: null);

        using var response = await anonymous.GetScriptAsync("mac=" + DisabledMac);

        await ProblemAssert.HasProblemAsync(response, HttpStatusCode.Forbidden,
            $"MAC {DisabledMac} (x3000c0s4b0n0) is disabled in SMD (Enabled=false), so it gets no boot script; enable it to boot it.");
    }

    [Fact]
    public async Task Bootscript_RetriesUsedUp_PrintsWhyInsteadOfChaining()
    {
        using var anonymous = stack.BssClient(scope: null);

        var script = await anonymous.ScriptAsync($"mac={NodeMac}&retry=10");

        Assert.EndsWith($":boot_retry\necho BSS: MAC {NodeMac} (x3000c0s1b0n0) did not boot after 10 retries; giving up. Fix its boot parameters, then reboot it.\nshell\n\n",
            script, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bootscript_NodeAddedToSmdLater_IsFoundAfterTheRefreshItsUnknownMacAskedFor()
    {
        using var anonymous = stack.BssClient(scope: null);
        await stack.AddNodeAsync("x3000c0s9b0n0", 9, "Compute", ["02:00:00:00:00:09"]);

        // Not in the index yet: the answer is the arch probe, and BSS reads SMD in the background (no POST /hosts).
        var first = await anonymous.ScriptAsync("mac=02:00:00:00:00:09");
        await EventuallyAsync(async () => (await anonymous.ScriptAsync("mac=02:00:00:00:00:09")).Contains("xname=x3000c0s9b0n0", StringComparison.Ordinal),
            "the new node boots with its role's parameters");

        Assert.StartsWith("#!ipxe\nsleep 10\n", first, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bootscript_WithoutIdentity_IsBadRequestAndOtherMethodsAreNotAllowed()
    {
        using var anonymous = stack.BssClient(scope: null);
        using var admin = stack.BssClient();

        using var missing = await anonymous.GetScriptAsync("nid=-1");
        using var posted = await admin.PostAsync("/boot/v1/bootscript?mac=" + NodeMac, null, Ct);

        await ProblemAssert.HasProblemAsync(missing, HttpStatusCode.BadRequest, "Need a mac=, name=, or nid= parameter");
        Assert.Equal(HttpStatusCode.MethodNotAllowed, posted.StatusCode);
        Assert.Equal("GET", posted.Content.Headers.Allow.Single());
    }

    [Fact]
    public async Task Bootscript_Json_AnswersParamsAndImagesAsJson()
    {
        using var anonymous = stack.BssClient(scope: null);

        using var response = await anonymous.GetScriptAsync($"mac={NodeMac}&json=1");
        var json = await response.ReadJsonAsync(Ct);

        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith("kernel from=node xname=x3000c0s1b0n0 nid=1 ", json.GetProperty("params").GetString(), StringComparison.Ordinal);
        Assert.Equal("http://k/node", json.GetProperty("kernel").GetProperty("path").GetString());
    }
}
