using SysMgmt.Redfish.Json;
using SysMgmt.Redfish.Tests.Infrastructure;
using SysMgmt.RedfishEmulator.Bmcs;

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
        await using var bmc = await ConnectedBmc.StartAsync(Mockup, cancellationToken, o => o.Authentication = preferred, new BmcFaults { Auth = bmcAccepts });
        var client = bmc.Client;

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
        await using var bmc = await ConnectedBmc.StartAsync(
            Mockup, cancellationToken, o => (o.Authentication, o.AuthenticationFallback) = (preferred, false), new BmcFaults { Auth = bmcAccepts });
        var client = bmc.Client;

        var error = await Assert.ThrowsAsync<RedfishException>(() => client.GetAsync(Systems, RedfishJsonContext.Default.RedfishCollection, cancellationToken));

        Assert.Equal(RedfishErrorKind.Authentication, error.Kind);
    }

    [Theory]
    [InlineData(RedfishAuthMode.Session)]
    [InlineData(RedfishAuthMode.Basic)]
    public async Task GetAsync_WrongPassword_ThrowsAuthenticationNamingBothAttempts(RedfishAuthMode preferred)
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        await using var bmc = await ConnectedBmc.StartAsync(Mockup, cancellationToken, o => o.Authentication = preferred, password: "wrong");
        var client = bmc.Client;

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
        await using var connected = await ConnectedBmc.StartAsync(Mockup, cancellationToken);
        await connected.Client.GetAsync(Systems, RedfishJsonContext.Default.RedfishCollection, cancellationToken);
        Assert.Single(connected.Bmc.State.SessionIds());

        await connected.Client.DisposeAsync();

        Assert.Empty(connected.Bmc.State.SessionIds());
    }

    [Fact]
    public async Task GetAsync_SessionDeletedOnTheBmc_LogsInAgain()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        await using var connected = await ConnectedBmc.StartAsync(Mockup, cancellationToken);
        var (client, state) = (connected.Client, connected.Bmc.State);
        await client.GetAsync(Systems, RedfishJsonContext.Default.RedfishCollection, cancellationToken);
        state.DeleteSession(state.SessionIds().Single());

        var systems = await client.GetAsync(Systems, RedfishJsonContext.Default.RedfishCollection, cancellationToken);

        Assert.Equal(1, systems.MembersCount);
        Assert.Single(state.SessionIds());
    }
}
