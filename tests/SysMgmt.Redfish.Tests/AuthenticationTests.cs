using SysMgmt.Redfish.Json;
using SysMgmt.Redfish.Tests.Infrastructure;
using SysMgmt.RedfishEmulator.Bmcs;
using SysMgmt.Testing.Redfish;

namespace SysMgmt.Redfish.Tests;

public sealed class AuthenticationTests
{
    private const string Mockup = "dmtf-public-rackmount1";
    private const string Systems = "/redfish/v1/Systems";

    [Theory]
    [InlineData(RedfishAuthMode.Session, BmcAuthModes.SessionAndBasic, RedfishAuthMode.Session)]
    [InlineData(RedfishAuthMode.Basic, BmcAuthModes.SessionAndBasic, RedfishAuthMode.Basic)]
    [InlineData(RedfishAuthMode.Session, BmcAuthModes.BasicOnly, RedfishAuthMode.Basic)]
    [InlineData(RedfishAuthMode.Basic, BmcAuthModes.SessionOnly, RedfishAuthMode.Session)]
    [InlineData(RedfishAuthMode.Session, BmcAuthModes.SessionOnly, RedfishAuthMode.Session)]
    [InlineData(RedfishAuthMode.Basic, BmcAuthModes.BasicOnly, RedfishAuthMode.Basic)]
    public async Task GetAsync_PreferredModeAndWhatTheBmcAccepts_AuthenticatesWithTheModeThatWorks(
        RedfishAuthMode preferred, BmcAuthModes bmcAccepts, RedfishAuthMode expected)
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        await using var emulator = await StartAsync(new BmcFaults { Auth = bmcAccepts }, cancellationToken);
        using var factory = TestClients.Factory(emulator, o => o.Authentication = preferred);
        await using var client = factory.Create(emulator.Bmcs[0]);

        var systems = await client.GetAsync(Systems, RedfishJsonContext.Default.RedfishCollection, cancellationToken);

        Assert.Equal(1, systems.MembersCount);
        Assert.Equal(expected, client.AuthenticatedWith);
    }

    [Theory]
    [InlineData(RedfishAuthMode.Session, BmcAuthModes.BasicOnly)]
    [InlineData(RedfishAuthMode.Basic, BmcAuthModes.SessionOnly)]
    public async Task GetAsync_FallbackOffAndPreferredModeUnavailable_ThrowsAuthentication(RedfishAuthMode preferred, BmcAuthModes bmcAccepts)
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        await using var emulator = await StartAsync(new BmcFaults { Auth = bmcAccepts }, cancellationToken);
        using var factory = TestClients.Factory(emulator, o => (o.Authentication, o.AuthenticationFallback) = (preferred, false));
        await using var client = factory.Create(emulator.Bmcs[0]);

        var error = await Assert.ThrowsAsync<RedfishException>(() => client.GetAsync(Systems, RedfishJsonContext.Default.RedfishCollection, cancellationToken));

        Assert.Equal(RedfishErrorKind.Authentication, error.Kind);
    }

    [Theory]
    [InlineData(RedfishAuthMode.Session)]
    [InlineData(RedfishAuthMode.Basic)]
    public async Task GetAsync_WrongPassword_ThrowsAuthenticationNamingBothAttempts(RedfishAuthMode preferred)
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        await using var emulator = await StartAsync(BmcFaults.None, cancellationToken);
        using var factory = TestClients.Factory(emulator, o => o.Authentication = preferred);
        await using var client = factory.Create(emulator.Bmcs[0], password: "wrong");

        var error = await Assert.ThrowsAsync<RedfishException>(() => client.GetAsync(Systems, RedfishJsonContext.Default.RedfishCollection, cancellationToken));

        Assert.Equal(RedfishErrorKind.Authentication, error.Kind);
        Assert.Contains("session login answered 401", error.Message, StringComparison.Ordinal);
        Assert.Contains("Basic answered 401", error.Message, StringComparison.Ordinal);
        Assert.Null(client.AuthenticatedWith);
    }

    [Fact]
    public async Task DisposeAsync_SessionOpen_DeletesTheSession()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        await using var emulator = await StartAsync(BmcFaults.None, cancellationToken);
        using var factory = TestClients.Factory(emulator);
        var bmc = emulator.Bmcs[0];
        var client = factory.Create(bmc);
        await client.GetAsync(Systems, RedfishJsonContext.Default.RedfishCollection, cancellationToken);
        Assert.Single(bmc.State.SessionIds());

        await client.DisposeAsync();

        Assert.Empty(bmc.State.SessionIds());
    }

    [Fact]
    public async Task GetAsync_SessionDeletedOnTheBmc_LogsInAgain()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        await using var emulator = await StartAsync(BmcFaults.None, cancellationToken);
        using var factory = TestClients.Factory(emulator);
        var bmc = emulator.Bmcs[0];
        await using var client = factory.Create(bmc);
        await client.GetAsync(Systems, RedfishJsonContext.Default.RedfishCollection, cancellationToken);
        bmc.State.DeleteSession(bmc.State.SessionIds().Single());

        var systems = await client.GetAsync(Systems, RedfishJsonContext.Default.RedfishCollection, cancellationToken);

        Assert.Equal(1, systems.MembersCount);
        Assert.Single(bmc.State.SessionIds());
    }

    private static async Task<RedfishEmulator.Hosting.EmulatorHost> StartAsync(BmcFaults faults, CancellationToken cancellationToken)
    {
        var options = TestBmcs.Options(1, Mockup);
        options.Faults[0] = faults;
        return await TestBmcs.StartAsync(options, cancellationToken);
    }
}
