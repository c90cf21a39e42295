using System.Net;
using SysMgmt.Bss.IntegrationTests.Infrastructure;
using SysMgmt.Testing.Http;
using SysMgmt.Testing.Postgres;
using static SysMgmt.Bss.IntegrationTests.Infrastructure.StackRequests;

namespace SysMgmt.Bss.IntegrationTests;

/// <summary>
/// Cloud-init on a real Kestrel, with requests made from different loopback addresses: node A (127.0.0.21) and
/// node B (127.0.0.22) each get only their own data, a forged X-Forwarded-For counts only from the trusted proxy,
/// and secret user-data needs the node's referral token.
/// </summary>
public sealed class CloudInitIsolationTests(CloudInitIsolationTests.Stack stack) : IClassFixture<CloudInitIsolationTests.Stack>
{
    private const string NodeA = "127.0.0.21";
    private const string NodeB = "127.0.0.22";
    private const string Stranger = "127.0.0.99";

    public sealed class Stack(PostgresServerFixture postgres) : BssStack(postgres)
    {
        public string TokenA { get; private set; } = "";

        public string TokenB { get; private set; } = "";

        protected override async Task SeedAsync()
        {
            await this.AddNodeAsync("x3000c0s21b0n0", 21, "Compute", ["02:00:00:00:02:21"], [NodeA], subRole: "Worker");
            await this.AddNodeAsync("x3000c0s22b0n0", 22, "Compute", ["02:00:00:00:02:22"], [NodeB]);
            await this.RefreshAsync();
            using var bss = BssClient();
            TokenA = await bss.PutParametersAsync(
                """{"hosts":["x3000c0s21b0n0"],"kernel":"http://k","cloud-init":{"meta-data":{"owner":"a"},"user-data":{"owner":"a"},"secret-user-data":{"password":"secret-a"}}}""");
            TokenB = await bss.PutParametersAsync(
                """{"hosts":["x3000c0s22b0n0"],"kernel":"http://k","cloud-init":{"meta-data":{"owner":"b"},"user-data":{"owner":"b"},"secret-user-data":{"password":"secret-b"}}}""");
            await bss.PutParametersAsync("""{"hosts":["Default"],"kernel":"http://k","cloud-init":{"meta-data":{"site":"lab"},"user-data":{"site":"lab"}}}""");
            await bss.PutParametersAsync("""{"hosts":["Global"],"cloud-init":{"meta-data":{"ntp":"10.0.0.1"},"user-data":{"timezone":"UTC"}}}""");
        }
    }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<string> GetAsync(string from, string path, string? forwardedFor = null)
    {
        using var client = stack.NodeClient(from);
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (forwardedFor is not null)
        {
            request.Headers.Add("X-Forwarded-For", forwardedFor);
        }

        using var response = await client.SendAsync(request, Ct);
        await Expect(response, HttpStatusCode.OK);
        return await response.Content.ReadAsStringAsync(Ct);
    }

    [Fact]
    public async Task MetaData_FromEachNode_IsThatNodesOwnOverDefaultWithGlobal()
    {
        var a = (await GetAsync(NodeA, "/meta-data")).Replace(InstanceId(await GetAsync(NodeA, "/meta-data")), "ID", StringComparison.Ordinal);
        var b = await GetAsync(NodeB, "/meta-data");

        Assert.Equal("""{"Global":{"ntp":"10.0.0.1"},"instance-id":"ID","local-hostname":"x3000c0s21b0n0","owner":"a","shasta-role":"Worker","shasta-type":"Compute","site":"lab"}""", a);
        Assert.Contains("\"owner\":\"b\"", b, StringComparison.Ordinal);
        Assert.DoesNotContain("\"a\"", b, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MetaData_FromAnAddressNoNodeHas_GetsDefaultAndGlobalOnly()
    {
        var metaData = await GetAsync(Stranger, "/meta-data");

        Assert.Matches("""^\{"Global":\{"ntp":"10.0.0.1"\},"instance-id":"default-[0-9a-f]{12}","site":"lab"\}$""", metaData);
    }

    [Fact]
    public async Task UserData_ForgedForwardedForFromAnUntrustedPeer_IsIgnored()
    {
        var userData = await GetAsync(NodeB, "/user-data", forwardedFor: NodeA);

        Assert.Equal("#cloud-config\nlocal-hostname: x3000c0s22b0n0\nowner: b\nsite: lab\n", userData);
    }

    [Fact]
    public async Task UserData_ForwardedForFromTheTrustedProxy_IdentifiesTheNode()
    {
        var userData = await GetAsync(BssStack.TrustedProxy, "/user-data", forwardedFor: $"203.0.113.7, {NodeA}");

        Assert.Equal("#cloud-config\nlocal-hostname: x3000c0s21b0n0\nowner: a\nsite: lab\n", userData);
    }

    [Fact]
    public async Task UserData_Secrets_NeedTheNodesOwnToken()
    {
        var withoutToken = await GetAsync(NodeA, "/user-data");
        var withQueryToken = await GetAsync(NodeA, "/user-data?token=" + stack.TokenA);
        using var client = stack.NodeClient(NodeA);
        using var request = new HttpRequestMessage(HttpMethod.Get, "/user-data");
        request.Headers.Add("BSS-Referral-Token", stack.TokenA);
        using var withHeaderToken = await client.SendAsync(request, Ct);
        using var withOthersToken = await client.GetAsync("/user-data?token=" + stack.TokenB, Ct);
        using var strangerWithToken = await stack.NodeClient(Stranger).GetAsync("/user-data?token=" + stack.TokenA, Ct);

        Assert.DoesNotContain("secret", withoutToken, StringComparison.Ordinal);
        Assert.Contains("password: secret-a\n", withQueryToken, StringComparison.Ordinal);
        Assert.Contains("password: secret-a\n", await withHeaderToken.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        await ProblemAssert.HasProblemAsync(withOthersToken, HttpStatusCode.Forbidden, "the referral token does not belong to the node at this address");
        await ProblemAssert.HasProblemAsync(strangerWithToken, HttpStatusCode.Forbidden, "the referral token does not belong to the node at this address");
    }

    [Fact]
    public async Task VendorData_IsGlobalUserData()
    {
        Assert.Equal("#cloud-config\ntimezone: UTC\n", await GetAsync(Stranger, "/vendor-data"));
    }

    [Fact]
    public async Task PhoneHome_FormFromANode_IsStoredInItsOwnEntryOnly()
    {
        using var client = stack.NodeClient(NodeB);
        using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["pub_key_ed25519"] = "ssh-ed25519 AAAA", ["instance_id"] = "i-b", ["hostname"] = "nid22" });

        using var response = await client.PostAsync("/phone-home", form, Ct);

        var answer = await response.ReadJsonAsync(Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("x3000c0s22b0n0", answer.GetProperty("hosts")[0].GetString());
        Assert.False(answer.GetProperty("cloud-init").TryGetProperty("secret-user-data", out _), "phone-home must not echo secrets");
        using var bss = stack.BssClient();
        var phoneHome = Assert.Single(await bss.GetParametersAsync("name=x3000c0s22b0n0")).GetProperty("cloud-init").GetProperty("phone-home");
        Assert.Equal(("ssh-ed25519 AAAA", "nid22"), (phoneHome.GetProperty("pub_key_ed25519").GetString(), phoneHome.GetProperty("hostname").GetString()));
    }

    [Fact]
    public async Task PhoneHome_FromAnAddressNoNodeHas_Is404()
    {
        using var client = stack.NodeClient(Stranger);

        using var response = await client.PostAsync("/phone-home", new StringContent("""{"hostname":"x"}"""), Ct);

        await ProblemAssert.HasProblemAsync(response, HttpStatusCode.NotFound, "XName not found for IP");
    }

    [Fact]
    public async Task PhoneHome_WithANulCharacter_Is400()
    {
        using var client = stack.NodeClient(NodeA);

        using var response = await client.PostAsync("/phone-home", new StringContent("""{"hostname":"a\u0000b"}"""), Ct);

        await ProblemAssert.HasProblemAsync(response, HttpStatusCode.BadRequest, "phone-home fields must not contain NUL characters");
    }

    [Fact]
    public async Task EndpointHistory_UserDataAndBootscript_AreRecordedForTheNode()
    {
        await GetAsync(NodeA, "/user-data");
        using var anonymous = stack.BssClient(scope: null);
        await anonymous.ScriptAsync("mac=02:00:00:00:02:21");
        using var bss = stack.BssClient();

        await EventuallyAsync(async () =>
        {
            var history = (await (await bss.GetAsync("/boot/v1/endpoint-history?name=x3000c0s21b0n0", Ct)).ReadJsonAsync(Ct)).EnumerateArray()
                .Select(a => a.GetProperty("endpoint").GetString()).ToList();
            return history.SequenceEqual(["bootscript", "user-data"]);
        }, "both accesses are in the endpoint history");
        await EventuallyAsync(async () => await CountStoredAccessesAsync() == 2, "the accesses reach PostgreSQL in a batch");
    }

    private async Task<long> CountStoredAccessesAsync()
    {
        await using var connection = new Npgsql.NpgsqlConnection(stack.BssConnectionString);
        await connection.OpenAsync(Ct);
        await using var command = new Npgsql.NpgsqlCommand("SELECT count(*) FROM bss.endpoint_access WHERE name = 'x3000c0s21b0n0'", connection);
        return (long)(await command.ExecuteScalarAsync(Ct))!;
    }

    private static string InstanceId(string metaData) =>
        System.Text.Json.JsonDocument.Parse(metaData).RootElement.GetProperty("instance-id").GetString()!;
}
