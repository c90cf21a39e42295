using System.Net;
using System.Net.Http.Headers;
using SysMgmt.Bss.IntegrationTests.Infrastructure;
using SysMgmt.Testing.Http;
using SysMgmt.Testing.Postgres;
using static SysMgmt.Bss.IntegrationTests.Infrastructure.StackRequests;

namespace SysMgmt.Bss.IntegrationTests;

/// <summary>
/// SMD and BSS as real processes logging everything down to Trace, as an operator chasing a fault would run them:
/// no line of their output carries a bearer token, a BMC password, a referral token or secret user-data, while the
/// request events themselves are there.
/// </summary>
public sealed class LogSecrecyTests(LogSecrecyTests.Stack stack) : IClassFixture<LogSecrecyTests.Stack>
{
    private const string Node = "127.0.0.31";
    private const string BmcPassword = "bmc-Pa55word-7f3a";
    private const string SecretValue = "secret-user-data-91c2";

    public sealed class Stack(PostgresServerFixture postgres) : BssStack(postgres)
    {
        private static readonly (string Key, string Value)[] s_verbose =
        [
            ("Serilog__MinimumLevel__Default", "Verbose"),
            ("Serilog__MinimumLevel__Override__Microsoft.AspNetCore", "Verbose"),
            ("Serilog__MinimumLevel__Override__Microsoft.EntityFrameworkCore", "Verbose"),
            ("Serilog__MinimumLevel__Override__Npgsql", "Verbose"),
            ("Serilog__MinimumLevel__Override__System.Net.Http.HttpClient", "Verbose"),
            ("Logging__LogLevel__Default", "Trace"),
        ];

        public string ReferralToken { get; private set; } = "";

        protected override IEnumerable<(string Key, string Value)> BssSettings => s_verbose;

        protected override IEnumerable<(string Key, string Value)> SmdSettings => s_verbose;

        protected override async Task SeedAsync()
        {
            await this.AddNodeAsync("x3000c0s31b0n0", 31, "Compute", ["02:00:00:00:03:31"], [Node]);
            await this.RefreshAsync();
            using var bss = BssClient();
            ReferralToken = await bss.PutParametersAsync(
                """{"hosts":["x3000c0s31b0n0"],"kernel":"http://k","cloud-init":{"user-data":{"owner":"a"},"secret-user-data":{"password":""" + $"\"{SecretValue}\"}}}}}}");
        }
    }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Output_AfterRequestsCarryingSecrets_NamesNoneOfThem()
    {
        var bearer = stack.Tokens.CreateToken("read write", subject: "log-check");
        var expired = stack.Tokens.CreateToken("read", notBefore: DateTime.UtcNow.AddHours(-2), lifetime: TimeSpan.FromHours(1));
        using var smd = Client(stack.Smd.BaseUrl, bearer);
        using var bss = Client(stack.Bss.BaseUrl, bearer);
        using var rejected = Client(stack.Bss.BaseUrl, expired);
        using var node = stack.NodeClient(Node);

        await Expect(await smd.PostJsonAsync("/hsm/v2/Inventory/RedfishEndpoints",
            $$"""{"ID":"x3000c0s31b0","User":"root","Password":"{{BmcPassword}}"}""", Ct), HttpStatusCode.Created);
        await Expect(await smd.GetAsync("/hsm/v2/Inventory/RedfishEndpoints/x3000c0s31b0", Ct), HttpStatusCode.OK);
        await Expect(await bss.GetAsync("/boot/v1/bootparameters?name=x3000c0s31b0n0", Ct), HttpStatusCode.OK);
        await Expect(await rejected.GetAsync("/boot/v1/bootparameters", Ct), HttpStatusCode.Unauthorized);
        var userData = await (await node.GetAsync("/user-data?token=" + stack.ReferralToken, Ct)).Content.ReadAsStringAsync(Ct);
        using var withHeader = new HttpRequestMessage(HttpMethod.Get, "/user-data");
        withHeader.Headers.Add("BSS-Referral-Token", stack.ReferralToken);
        await Expect(await node.SendAsync(withHeader, Ct), HttpStatusCode.OK);
        await Expect(await node.GetAsync("/boot/v1/bootscript?mac=02:00:00:00:03:31", Ct), HttpStatusCode.OK);

        // The output pipes are read asynchronously: wait until the last request's event has arrived.
        await WaitForAsync(() => stack.Bss.Output.Contains("/boot/v1/bootscript", StringComparison.Ordinal));
        var output = stack.Smd.Output + stack.Bss.Output;
        Assert.Contains(SecretValue, userData, StringComparison.Ordinal);
        Assert.Contains("\"RouteTemplate\":\"/hsm/v2/Inventory/RedfishEndpoints/\"", output, StringComparison.Ordinal);
        Assert.Contains("\"StatusCode\":401", output, StringComparison.Ordinal);
        foreach (var secret in new[] { bearer, bearer.Split('.')[2], expired.Split('.')[2], BmcPassword, SecretValue, stack.ReferralToken })
        {
            Assert.DoesNotContain(secret, output, StringComparison.Ordinal);
        }
    }

    private static HttpClient Client(string baseUrl, string token)
    {
        var client = new HttpClient { BaseAddress = new Uri(baseUrl) };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    private static async Task WaitForAsync(Func<bool> condition)
    {
        for (var waited = TimeSpan.Zero; !condition() && waited < TimeSpan.FromSeconds(10); waited += TimeSpan.FromMilliseconds(100))
        {
            await Task.Delay(100, Ct);
        }
    }
}
