using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using SysMgmt.Bss.IntegrationTests.Infrastructure;
using SysMgmt.Testing.Http;
using SysMgmt.Testing.Postgres;

namespace SysMgmt.Bss.IntegrationTests;

/// <summary>
/// <c>/boot/v1/bootparameters</c> over HTTP on PostgreSQL: every method, each kind of key, merge patches, the
/// referral token header, and bad input. Each test uses its own keys, so they share one stack.
/// </summary>
public sealed class BootParametersTests(BootParametersTests.Stack stack) : IClassFixture<BootParametersTests.Stack>
{
    private const string KnownMac = "02:00:00:00:01:01";

    public sealed class Stack(PostgresServerFixture postgres) : BssStack(postgres)
    {
        protected override async Task SeedAsync()
        {
            await this.AddNodeAsync("x1000c0s1b0n0", 101, "Compute", [KnownMac]);
            await this.RefreshAsync();
        }
    }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static async Task<JsonElement> Single(HttpClient bss, string name) =>
        Assert.Single(await bss.GetParametersAsync("name=" + Uri.EscapeDataString(name)));

    [Fact]
    public async Task Post_NewHosts_Is201WithReferralTokenAndStoresEach()
    {
        using var bss = stack.BssClient();

        using var response = await bss.PostJsonAsync(StackRequests.BootParametersPath, """{"hosts":["x1000c1s0b0n0","x1000c1s0b1n0"],"params":"quiet","kernel":"http://k/post"}""", Ct);

        await StackRequests.Expect(response, HttpStatusCode.Created);
        Assert.True(Guid.TryParse(response.Headers.GetValues("BSS-Referral-Token").Single(), out _));
        Assert.Equal("quiet", (await Single(bss, "x1000c1s0b1n0")).GetProperty("params").GetString());
    }

    [Fact]
    public async Task Post_ExistingHost_Is409NamingItAndStoresNothing()
    {
        using var bss = stack.BssClient();
        await bss.PutParametersAsync("""{"hosts":["x1000c1s1b0n0"],"kernel":"http://k/first"}""");

        using var response = await bss.PostJsonAsync(StackRequests.BootParametersPath, """{"hosts":["x1000c1s1b1n0","x1000c1s1b0n0"],"kernel":"http://k/second"}""", Ct);

        await ProblemAssert.HasProblemAsync(response, HttpStatusCode.Conflict, "boot parameters already exist for x1000c1s1b0n0; PUT replaces them, PATCH changes them");
        Assert.Equal("http://k/first", (await Single(bss, "x1000c1s1b0n0")).GetProperty("kernel").GetString());
        await ProblemAssert.IsProblemAsync(await bss.GetAsync(StackRequests.BootParametersPath + "?name=x1000c1s1b1n0", Ct), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Put_WithoutCloudInit_ReplacesTheRestKeepsCloudInitAndIssuesANewToken()
    {
        using var bss = stack.BssClient();
        var first = await bss.PutParametersAsync("""{"hosts":["x1000c2s0b0n0"],"params":"a","kernel":"http://k/1","initrd":"http://i/1","cloud-init":{"user-data":{"keep":"me"}}}""");

        var second = await bss.PutParametersAsync("""{"hosts":["x1000c2s0b0n0"],"kernel":"http://k/2"}""");

        var entry = await Single(bss, "x1000c2s0b0n0");
        Assert.NotEqual(first, second);
        Assert.False(entry.TryGetProperty("params", out _));
        Assert.False(entry.TryGetProperty("initrd", out _));
        Assert.Equal("http://k/2", entry.GetProperty("kernel").GetString());
        Assert.Equal("""{"keep":"me"}""", entry.GetProperty("cloud-init").GetProperty("user-data").GetRawText());
    }

    [Fact]
    public async Task Put_WithCloudInitNull_ClearsIt()
    {
        using var bss = stack.BssClient();
        await bss.PutParametersAsync("""{"hosts":["x1000c2s1b0n0"],"kernel":"http://k","cloud-init":{"meta-data":{"a":1}}}""");

        await bss.PutParametersAsync("""{"hosts":["x1000c2s1b0n0"],"kernel":"http://k","cloud-init":null}""");

        Assert.Equal(JsonValueKind.Null, (await Single(bss, "x1000c2s1b0n0")).GetProperty("cloud-init").GetProperty("meta-data").ValueKind);
    }

    [Fact]
    public async Task Put_MacsAndNids_StoreUnderTheNodeWhenSmdKnowsItElseUnderTheMacOrNidKey()
    {
        using var bss = stack.BssClient();

        await bss.PutParametersAsync($$"""{"macs":["{{KnownMac.ToUpperInvariant().Replace(':', '-')}}","02:00:00:00:0F:0F"],"nids":[101,4242],"kernel":"http://k/keys"}""");

        var stored = (await bss.GetParametersAsync()).Where(p => p.TryGetProperty("hosts", out _) && p.TryGetProperty("kernel", out var kernel) && kernel.GetString() == "http://k/keys")
            .Select(p => p.GetProperty("hosts")[0].GetString()).Order(StringComparer.Ordinal);
        Assert.Equal(["02:00:00:00:0f:0f", "nid4242", "x1000c0s1b0n0"], stored);
    }

    [Theory]
    [InlineData("default", "Default")]
    [InlineData("Global", "Global")]
    [InlineData("compute", "Compute")]
    [InlineData("Unknown-arm64", "Unknown-arm64")]
    [InlineData("NID77", "nid77")]
    [InlineData("AA-BB-CC-00-00-77", "aa:bb:cc:00:00:77")]
    [InlineData("X1000C3S0B0N0", "x1000c3s0b0n0")]
    public async Task Put_EachKindOfHostKey_IsStoredUnderItsCanonicalName(string host, string stored)
    {
        using var bss = stack.BssClient();

        await bss.PutParametersAsync($$"""{"hosts":["{{host}}"],"params":"key={{stored}}","kernel":"http://k/tag"}""");

        Assert.Equal([stored], (await Single(bss, stored)).GetProperty("hosts").EnumerateArray().Select(h => h.GetString()));
    }

    [Fact]
    public async Task Patch_CloudInit_IsAnRfc7386MergeAndKeepsTheToken()
    {
        using var bss = stack.BssClient();
        var token = await bss.PutParametersAsync(
            """{"hosts":["x1000c4s0b0n0"],"params":"p1","kernel":"http://k","cloud-init":{"meta-data":{"a":1,"nested":{"x":1,"y":2}},"user-data":{"drop":true}}}""");

        using var response = await bss.PatchJsonAsync(StackRequests.BootParametersPath,
            """{"hosts":["x1000c4s0b0n0"],"params":"p2","cloud-init":{"meta-data":{"nested":{"y":null,"z":3},"b":2},"user-data":null,"phone-home":{"hostname":"n4"}}}""", Ct);

        await StackRequests.Expect(response, HttpStatusCode.OK);
        Assert.False(response.Headers.Contains("BSS-Referral-Token"));
        var cloudInit = (await Single(bss, "x1000c4s0b0n0")).GetProperty("cloud-init");
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse("""{"a":1,"nested":{"x":1,"z":3},"b":2}"""), JsonNode.Parse(cloudInit.GetProperty("meta-data").GetRawText())),
            cloudInit.GetProperty("meta-data").GetRawText());
        Assert.Equal(JsonValueKind.Null, cloudInit.GetProperty("user-data").ValueKind);
        Assert.Equal("n4", cloudInit.GetProperty("phone-home").GetProperty("hostname").GetString());
        using var anonymous = stack.BssClient(scope: null);
        Assert.Contains($" p2 bss_referral_token={token} ", await anonymous.ScriptAsync("name=x1000c4s0b0n0"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Patch_MissingEntry_Is404AndChangesNothing()
    {
        using var bss = stack.BssClient();
        await bss.PutParametersAsync("""{"hosts":["x1000c4s1b0n0"],"params":"before","kernel":"http://k"}""");

        using var response = await bss.PatchJsonAsync(StackRequests.BootParametersPath, """{"hosts":["x1000c4s1b0n0","x1000c4s1b1n0"],"params":"after"}""", Ct);

        await ProblemAssert.HasProblemAsync(response, HttpStatusCode.NotFound, "no boot parameters to change for x1000c4s1b1n0");
        Assert.Equal("before", (await Single(bss, "x1000c4s1b0n0")).GetProperty("params").GetString());
    }

    [Fact]
    public async Task Delete_Hosts_RemovesThemAndAMissingOneIs404()
    {
        using var bss = stack.BssClient();
        await bss.PutParametersAsync("""{"hosts":["x1000c5s0b0n0"],"kernel":"http://k"}""");

        using var deleted = await bss.SendJsonAsync(HttpMethod.Delete, StackRequests.BootParametersPath, """{"hosts":["x1000c5s0b0n0"]}""", Ct);
        using var again = await bss.SendJsonAsync(HttpMethod.Delete, StackRequests.BootParametersPath, """{"hosts":["x1000c5s0b0n0"]}""", Ct);

        await StackRequests.Expect(deleted, HttpStatusCode.OK);
        await ProblemAssert.HasProblemAsync(again, HttpStatusCode.NotFound, "no boot parameters to delete for x1000c5s0b0n0");
    }

    [Fact]
    public async Task Delete_Kernel_RemovesTheImageAndBlanksItInEveryEntry()
    {
        using var bss = stack.BssClient();
        await bss.PutParametersAsync("""{"hosts":["x1000c5s1b0n0","x1000c5s1b1n0"],"kernel":"http://k/doomed","initrd":"http://i/kept"}""");

        using var response = await bss.SendJsonAsync(HttpMethod.Delete, StackRequests.BootParametersPath, """{"kernel":"http://k/doomed"}""", Ct);

        await StackRequests.Expect(response, HttpStatusCode.OK);
        var entry = await Single(bss, "x1000c5s1b1n0");
        Assert.False(entry.TryGetProperty("kernel", out _));
        Assert.Equal("http://i/kept", entry.GetProperty("initrd").GetString());
    }

    [Fact]
    public async Task Put_ImageOnly_SetsParamsEveryNodeBootingThatImageGets()
    {
        using var bss = stack.BssClient();
        await bss.PutParametersAsync("""{"hosts":["x1000c6s0b0n0"],"params":"own","kernel":"http://k/shared"}""");

        using var imageOnly = await bss.PutJsonAsync(StackRequests.BootParametersPath, """{"kernel":"http://k/shared","params":"image_param=1"}""", Ct);

        await StackRequests.Expect(imageOnly, HttpStatusCode.OK);
        Assert.False(imageOnly.Headers.Contains("BSS-Referral-Token"), "image parameters have no referral token");
        using var anonymous = stack.BssClient(scope: null);
        Assert.Contains("own image_param=1 bss_referral_token=", await anonymous.ScriptAsync("name=x1000c6s0b0n0"), StringComparison.Ordinal);
        var image = Assert.Single(await bss.GetParametersAsync(), p => !p.TryGetProperty("hosts", out _) && p.TryGetProperty("kernel", out var k) && k.GetString() == "http://k/shared");
        Assert.Equal("image_param=1", image.GetProperty("params").GetString());
    }

    [Fact]
    public async Task Get_ByMacNidAndBody_FindTheNodesEntry()
    {
        using var bss = stack.BssClient();
        await bss.PutParametersAsync("""{"hosts":["x1000c0s1b0n0"],"params":"node101","kernel":"http://k"}""");

        var byMac = await bss.GetParametersAsync("mac=" + KnownMac);
        var byNid = await bss.GetParametersAsync("nid=101");
        using var byBody = await bss.SendJsonAsync(HttpMethod.Get, StackRequests.BootParametersPath, """{"nids":[101]}""", Ct);

        Assert.Equal("node101", Assert.Single(byMac).GetProperty("params").GetString());
        Assert.Equal("node101", Assert.Single(byNid).GetProperty("params").GetString());
        Assert.Equal("node101", Assert.Single((await byBody.ReadJsonAsync(Ct)).EnumerateArray()).GetProperty("params").GetString());
    }

    [Fact]
    public async Task Get_NothingMatches_Is404InTheAnchorsWords()
    {
        using var bss = stack.BssClient();

        using var response = await bss.GetAsync(StackRequests.BootParametersPath + "?name=x1000c7s7b0n0&nid=7777", Ct);

        await ProblemAssert.HasProblemAsync(response, HttpStatusCode.NotFound, "Cannot find boot parameters for requested Hosts or NIDs");
    }

    [Fact]
    public async Task Get_ByAValueThatIsNotAMac_Is404InTheAnchorsWords()
    {
        using var bss = stack.BssClient();

        using var response = await bss.GetAsync(StackRequests.BootParametersPath + "?mac=not-a-mac", Ct);

        await ProblemAssert.HasProblemAsync(response, HttpStatusCode.NotFound, "Cannot find boot parameters for requested MACs");
    }

    [Fact]
    public async Task Get_SecretUserData_ShownToWritersOnly()
    {
        using var bss = stack.BssClient();
        using var reader = stack.BssClient("read");
        await bss.PutParametersAsync("""{"hosts":["x1000c7s1b0n0"],"kernel":"http://k","cloud-init":{"secret-user-data":{"password":"s3cret"}}}""");

        var asWriter = (await Single(bss, "x1000c7s1b0n0")).GetProperty("cloud-init");
        var asReader = (await Single(reader, "x1000c7s1b0n0")).GetProperty("cloud-init");

        Assert.Equal("s3cret", asWriter.GetProperty("secret-user-data").GetProperty("password").GetString());
        Assert.False(asReader.TryGetProperty("secret-user-data", out _));
    }

    [Theory]
    [InlineData("""{"macs":["aa:bb:cc"],"kernel":"http://k"}""", "invalid boot parameters: macs: 'aa:bb:cc' is not a valid MAC address: it has 6 hexadecimal digits, a MAC address has 12")]
    [InlineData("""{"nids":[-5],"kernel":"http://k"}""", "invalid boot parameters: nids: -5 is not a NID (0 to 2147483647)")]
    [InlineData("""{"nids":["five"],"kernel":"http://k"}""", "field 'nids[0]' has the wrong type: expected an integer")]
    [InlineData("""{}""", "nothing to store: give hosts, macs or nids with a kernel, initrd, params or cloud-init (or only a kernel or initrd to set that image's params)")]
    [InlineData("""{"hosts":["x1000c7s2b0n0"]}""", "nothing to store: give hosts, macs or nids with a kernel, initrd, params or cloud-init (or only a kernel or initrd to set that image's params)")]
    [InlineData("", "a JSON object body is required")]
    [InlineData("""{"hosts":["x1000c7s2b0n0"],""", "malformed JSON at line 1, position 27 (near '(body)')")]
    [InlineData("""{"hosts":["x1000c7s2b0n0"],"params":"a\nchain http://evil/x","kernel":"http://k"}""", "invalid boot parameters: params must be one line without control characters")]
    public async Task Put_BadInput_Is400SayingWhyAndStoresNothing(string body, string detail)
    {
        using var bss = stack.BssClient();

        using var response = await bss.PutJsonAsync(StackRequests.BootParametersPath, body, Ct);

        await ProblemAssert.HasProblemAsync(response, HttpStatusCode.BadRequest, detail);
    }

    [Fact]
    public async Task Get_InvalidNidQuery_Is400()
    {
        using var bss = stack.BssClient();

        await ProblemAssert.HasProblemAsync(await bss.GetAsync(StackRequests.BootParametersPath + "?nid=abc", Ct), HttpStatusCode.BadRequest, "Bad Request - Invalid nid 'abc'");
    }

    [Fact]
    public async Task Writes_WithoutTokenOrWithReadScope_AreRefused()
    {
        using var anonymous = stack.BssClient(scope: null);
        using var reader = stack.BssClient("read");
        const string Body = """{"hosts":["x1000c7s3b0n0"],"kernel":"http://k"}""";

        using var unauthenticated = await anonymous.PutJsonAsync(StackRequests.BootParametersPath, Body, Ct);
        using var forbidden = await reader.PutJsonAsync(StackRequests.BootParametersPath, Body, Ct);
        using var readAnonymously = await anonymous.GetAsync(StackRequests.BootParametersPath, Ct);

        Assert.Equal(HttpStatusCode.Unauthorized, unauthenticated.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, readAnonymously.StatusCode);
    }
}
