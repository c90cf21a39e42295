using System.Net;
using SysMgmt.Testing.Http;
using SysMgmt.Testing.Redfish;

namespace SysMgmt.RedfishEmulator.Tests;

/// <summary>Sessions, credentials, PATCH and actions change only the BMC they were sent to.</summary>
public sealed class StateTests
{
    private const string System = "/redfish/v1/Systems/437XR1138R2";

    [Fact]
    public async Task Get_WrongPassword_Answers401WithBasicChallenge()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        await using var emulator = await TestBmcs.StartAsync(TestBmcs.Options(1, "dmtf-public-rackmount1"), cancellationToken);
        using var http = EmulatorHttp.Client(emulator, emulator.Bmcs[0], password: "wrong");

        using var response = await http.GetAsync(System, cancellationToken);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("Basic", response.Headers.WwwAuthenticate.Single().Scheme);
    }

    [Fact]
    public async Task PostSession_ConfiguredCredentials_TokenWorksUntilDeleted()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        var options = TestBmcs.Options(1, "dmtf-public-rackmount1");
        (options.Username, options.Password) = ("admin", "s3cret");
        await using var emulator = await TestBmcs.StartAsync(options, cancellationToken);
        using var http = EmulatorHttp.Client(emulator, emulator.Bmcs[0], username: null);

        using var login = await http.PostJsonAsync("/redfish/v1/SessionService/Sessions", """{"UserName": "admin", "Password": "s3cret"}""", cancellationToken);
        var token = login.Headers.GetValues("X-Auth-Token").Single();
        http.DefaultRequestHeaders.Add("X-Auth-Token", token);
        var withToken = await http.GetAsync(System, cancellationToken);
        var deleted = await http.DeleteAsync(login.Headers.Location, cancellationToken);
        var afterLogout = await http.GetAsync(System, cancellationToken);

        Assert.Equal(HttpStatusCode.Created, login.StatusCode);
        Assert.Equal(HttpStatusCode.OK, withToken.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, afterLogout.StatusCode);
    }

    [Fact]
    public async Task Patch_BootOverride_PersistsOnThatBmcAndRejectsValuesNotAllowed()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        await using var emulator = await TestBmcs.StartAsync(TestBmcs.Options(2, "dmtf-public-rackmount1"), cancellationToken);
        using var first = EmulatorHttp.Client(emulator, emulator.Bmcs[0]);
        using var second = EmulatorHttp.Client(emulator, emulator.Bmcs[1]);

        using var patched = await first.PatchJsonAsync(System, """{"Boot": {"BootSourceOverrideTarget": "Usb"}}""", cancellationToken);
        using var refused = await first.PatchJsonAsync(System, """{"Boot": {"BootSourceOverrideTarget": "Floppy"}}""", cancellationToken);
        var firstBoot = (await (await first.GetAsync(System, cancellationToken)).ReadJsonAsync(cancellationToken)).GetProperty("Boot");
        var secondBoot = (await (await second.GetAsync(System, cancellationToken)).ReadJsonAsync(cancellationToken)).GetProperty("Boot");

        Assert.Equal(HttpStatusCode.OK, patched.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal("Usb", firstBoot.GetProperty("BootSourceOverrideTarget").GetString());
        Assert.Equal("UEFI", firstBoot.GetProperty("BootSourceOverrideMode").GetString());
        Assert.Equal("Pxe", secondBoot.GetProperty("BootSourceOverrideTarget").GetString());
    }

    [Theory]
    [InlineData("""{"ResetType": "ForceOff"}""", HttpStatusCode.NoContent, "Off")]
    [InlineData("""{"ResetType": "Hibernate"}""", HttpStatusCode.BadRequest, "On")]
    [InlineData("""{"Nothing": 1}""", HttpStatusCode.BadRequest, "On")]
    [InlineData("not json", HttpStatusCode.BadRequest, "On")]
    public async Task PostReset_Body_AnswersAndSetsPowerState(string body, HttpStatusCode expected, string powerState)
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        await using var emulator = await TestBmcs.StartAsync(TestBmcs.Options(1, "dmtf-public-rackmount1"), cancellationToken);
        using var http = EmulatorHttp.Client(emulator, emulator.Bmcs[0]);

        using var response = await http.PostJsonAsync($"{System}/Actions/ComputerSystem.Reset", body, cancellationToken);
        var system = await (await http.GetAsync(System, cancellationToken)).ReadJsonAsync(cancellationToken);

        Assert.Equal(expected, response.StatusCode);
        Assert.Equal(powerState, system.GetProperty("PowerState").GetString());
    }

    [Fact]
    public async Task PostAction_TargetNoResourceLists_Answers404()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        await using var emulator = await TestBmcs.StartAsync(TestBmcs.Options(1, "dmtf-public-rackmount1"), cancellationToken);
        using var http = EmulatorHttp.Client(emulator, emulator.Bmcs[0]);

        using var response = await http.PostJsonAsync($"{System}/Actions/ComputerSystem.Explode", "{}", cancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
