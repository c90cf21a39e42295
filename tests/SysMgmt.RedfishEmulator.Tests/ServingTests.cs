using System.Net;
using System.Text.Json;
using SysMgmt.RedfishEmulator.Mockups;
using SysMgmt.Testing.Http;
using SysMgmt.Testing.Redfish;

namespace SysMgmt.RedfishEmulator.Tests;

/// <summary>Every resource of every mockup is served, as JSON, with the BMC's own identity.</summary>
public sealed class ServingTests
{
    public static TheoryData<string> Mockups => [.. TestBmcs.AllMockupNames()];

    [Theory]
    [MemberData(nameof(Mockups))]
    public async Task Get_EveryMockupResource_AnswersItsJson(string mockup)
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        await using var emulator = await TestBmcs.StartAsync(TestBmcs.Options(1, mockup), cancellationToken);
        var bmc = emulator.Bmcs[0];
        using var http = EmulatorHttp.Client(emulator, bmc);

        // Sessions and tasks are live on an emulated BMC: the mockup's sample members are not served.
        foreach (var resource in bmc.Mockup.Resources.Where(r => !IsLiveMember(r.Path)))
        {
            using var response = await http.GetAsync(resource.Path, cancellationToken);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{resource.Path}: {(int)response.StatusCode}");
            var body = await response.ReadJsonAsync(cancellationToken);
            Assert.Equal(resource.Body.EnumerateObject().Count(), body.EnumerateObject().Count());
        }
    }

    private static bool IsLiveMember(string path) =>
        path.StartsWith("/redfish/v1/SessionService/Sessions/", StringComparison.Ordinal)
        || path.StartsWith("/redfish/v1/TaskService/Tasks/", StringComparison.Ordinal);

    [Fact]
    public async Task Get_RedfishVersionDocumentAndRootWithOrWithoutSlash_AnswerWithoutCredentials()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        await using var emulator = await TestBmcs.StartAsync(TestBmcs.Options(1, "csm-rie-CMM"), cancellationToken);
        using var http = EmulatorHttp.Client(emulator, emulator.Bmcs[0], username: null);

        var version = await (await http.GetAsync("/redfish", cancellationToken)).ReadJsonAsync(cancellationToken);
        var root = await (await http.GetAsync("/redfish/v1", cancellationToken)).ReadJsonAsync(cancellationToken);
        var rootWithSlash = await (await http.GetAsync("/redfish/v1/", cancellationToken)).ReadJsonAsync(cancellationToken);

        Assert.Equal("/redfish/v1/", version.GetProperty("v1").GetString());
        Assert.Equal(root.GetRawText(), rootWithSlash.GetRawText());
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/redfish/v1/$metadata", cancellationToken)).StatusCode);
    }

    [Fact]
    public async Task Get_TwoBmcsOfOneMockup_DifferInSerialsUuidsAndMacsButKeepTheirSpelling()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        await using var emulator = await TestBmcs.StartAsync(TestBmcs.Options(2, "csm-rie-Intel"), cancellationToken);
        const string Nic = "/redfish/v1/Managers/BMC/EthernetInterfaces/1";

        var answers = new List<(JsonElement System, JsonElement Nic)>();
        foreach (var bmc in emulator.Bmcs)
        {
            using var http = EmulatorHttp.Client(emulator, bmc);
            answers.Add((
                await (await http.GetAsync("/redfish/v1/Systems/QSBP74100021", cancellationToken)).ReadJsonAsync(cancellationToken),
                await (await http.GetAsync(Nic, cancellationToken)).ReadJsonAsync(cancellationToken)));
        }

        Assert.NotEqual(answers[0].System.GetProperty("UUID").GetString(), answers[1].System.GetProperty("UUID").GetString());
        Assert.NotEqual(answers[0].System.GetProperty("SerialNumber").GetString(), answers[1].System.GetProperty("SerialNumber").GetString());
        var macs = answers.Select(a => a.Nic.GetProperty("MACAddress").GetString()!).ToList();
        Assert.NotEqual(macs[0], macs[1]);
        // The Intel mockup writes MACs with dashes, lower case; the emulator keeps that and the vendor prefix.
        Assert.All(macs, m => Assert.Matches("^a4-bf-01-[0-9a-f]{2}-[0-9a-f]{2}-[0-9a-f]{2}$", m));
    }

    [Fact]
    public async Task Get_MissingResource_Answers404WithARedfishError()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        await using var emulator = await TestBmcs.StartAsync(TestBmcs.Options(1, "csm-rie-CMM"), cancellationToken);
        using var http = EmulatorHttp.Client(emulator, emulator.Bmcs[0]);

        using var response = await http.GetAsync("/redfish/v1/Systems/Nope", cancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("ResourceMissingAtURI", (await response.ReadJsonAsync(cancellationToken)).GetProperty("error").GetProperty("code").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Load_DirectoryWithoutServiceRoot_ThrowsNamingTheMissingFile()
    {
        var error = Assert.Throws<MockupException>(() => MockupTree.Load(Path.GetTempPath()));

        Assert.Contains("redfish/v1/index.json", error.Message, StringComparison.Ordinal);
    }
}
