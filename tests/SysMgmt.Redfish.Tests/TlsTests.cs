using SysMgmt.Redfish.Tests.Infrastructure;
using SysMgmt.Testing.Redfish;

namespace SysMgmt.Redfish.Tests;

/// <summary>Certificates are verified by default; the emulator's CA or an explicit insecure switch makes BMCs reachable.</summary>
public sealed class TlsTests
{
    [Fact]
    public async Task GetServiceRootAsync_EmulatorCaInBundle_VerifiesEveryBmc()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        await using var emulator = await TestBmcs.StartAsync(TestBmcs.Options(3, "csm-rie-EX425"), cancellationToken);
        using var factory = TestClients.Factory(emulator);

        foreach (var bmc in emulator.Bmcs)
        {
            await using var client = factory.Create(bmc);
            Assert.Equal("1.2.0", (await client.GetServiceRootAsync(cancellationToken)).RedfishVersion);
        }
    }

    [Fact]
    public async Task GetServiceRootAsync_DefaultTrust_ThrowsTlsNamingTheFix()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        await using var emulator = await TestBmcs.StartAsync(TestBmcs.Options(1, "csm-rie-EX425"), cancellationToken);
        using var factory = TestClients.Factory(emulator, o => o.CaBundlePath = null);
        await using var client = factory.Create(emulator.Bmcs[0]);

        var error = await Assert.ThrowsAsync<RedfishException>(() => client.GetServiceRootAsync(cancellationToken));

        Assert.Equal(RedfishErrorKind.Tls, error.Kind);
        Assert.Contains("CaBundlePath", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetServiceRootAsync_AnotherEmulatorsCa_ThrowsTls()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        await using var emulator = await TestBmcs.StartAsync(TestBmcs.Options(1, "csm-rie-EX425"), cancellationToken);
        await using var stranger = await TestBmcs.StartAsync(TestBmcs.Options(1, "csm-rie-EX425"), cancellationToken);
        using var factory = TestClients.Factory(emulator, o => o.CaBundlePath = TestBmcs.WriteAuthority(stranger));
        await using var client = factory.Create(emulator.Bmcs[0]);

        var error = await Assert.ThrowsAsync<RedfishException>(() => client.GetServiceRootAsync(cancellationToken));

        Assert.Equal(RedfishErrorKind.Tls, error.Kind);
    }

    [Fact]
    public async Task GetServiceRootAsync_Insecure_AcceptsTheUntrustedCertificate()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        await using var emulator = await TestBmcs.StartAsync(TestBmcs.Options(1, "csm-rie-EX425"), cancellationToken);
        using var factory = TestClients.Factory(emulator, o => (o.CaBundlePath, o.Insecure) = (null, true));
        await using var client = factory.Create(emulator.Bmcs[0]);

        Assert.NotNull((await client.GetServiceRootAsync(cancellationToken)).RedfishVersion);
    }

    [Fact]
    public async Task GetServiceRootAsync_PlainHttpEmulator_Answers()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        var options = TestBmcs.Options(1, "csm-rie-EX425");
        options.Http = true;
        await using var emulator = await TestBmcs.StartAsync(options, cancellationToken);
        using var factory = TestClients.Factory(emulator);
        await using var client = factory.Create(emulator.Bmcs[0]);

        Assert.Equal("http", emulator.Bmcs[0].BaseUri.Scheme);
        Assert.NotNull((await client.GetServiceRootAsync(cancellationToken)).RedfishVersion);
    }
}
