using SysMgmt.Discovery.IntegrationTests.Infrastructure;
using SysMgmt.Discovery.Naming;
using SysMgmt.RedfishEmulator.Bmcs;
using SysMgmt.Testing.Postgres;

namespace SysMgmt.Discovery.IntegrationTests.EndToEnd;

/// <summary>
/// Two BMCs of the seven (one per mockup) fail, one with credentials it refuses and one that never answers: both are reported with their
/// reason, nothing is sent for them, the other five land, and the exit code says that not all succeeded.
/// </summary>
public sealed class FailingBmcsTests(PostgresServerFixture postgres) : IAsyncLifetime
{
    private const int Hanging = 5;
    private const int Refusing = 6;

    private EmulatedSite _site = null!;
    private ServiceStack _services = null!;

    public async ValueTask InitializeAsync()
    {
        _site = await EmulatedSite.StartAsync(faults: new Dictionary<int, BmcFaults> { [Hanging] = new() { Hang = true } });
        try
        {
            _services = await ServiceStack.StartAsync(postgres.Server);
        }
        catch
        {
            await _site.DisposeAsync();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        await _site.DisposeAsync();
    }

    [Fact]
    public async Task Collect_OneBmcRefusesAndOneHangs_BothReportedTheOthersLand()
    {
        using var sysmgmt = new Sysmgmt(_services.WriteToken());
        var refusing = _site.Emulator.Bmcs[Refusing].BaseUri;
        sysmgmt.StoreSecret($"https://{refusing.Host}:{refusing.Port}", EmulatedSite.Username, "not-the-password");
        using var smd = _services.SmdClient();
        var started = DateTime.UtcNow;

        var run = await sysmgmt.RunAsync(
            ["discover", "collect", .. _site.Emulator.Bmcs.Select(b => b.BaseUri.ToString()), "--timeout", "1", "--deadline", "20",
             "--send", _services.Smd.BaseUrl, "--token-file", sysmgmt.TokenFile, "--cacert", _site.CaFile]);

        Assert.True(run.ExitCode == 3, run.ToString());
        Assert.True(DateTime.UtcNow - started < TimeSpan.FromSeconds(60), $"took {DateTime.UtcNow - started}");
        Assert.Matches($@"FAILED +https://{_site.Emulator.Bmcs[Hanging].BaseUri.Authority} .*timeout", run.Error);
        Assert.Matches($@"FAILED +https://{refusing.Authority} .*wrong credentials", run.Error);
        Assert.Contains("5 of 7 BMCs succeeded, 2 failed", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("not-the-password", run.Output + run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain(EmulatedSite.Password, run.Output + run.Error, StringComparison.Ordinal);
        var endpoints = (await smd.ListAsync("/hsm/v2/Inventory/RedfishEndpoints", "RedfishEndpoints")).Select(e => e["ID"]!.GetValue<string>()).ToHashSet();
        for (var i = 0; i < _site.Emulator.Bmcs.Count; i++)
        {
            var host = _site.Emulator.Bmcs[i].BaseUri.Host;
            Assert.True(GeneratedXnames.TryGenerate(host, _site.Mockups[i] == "csm-rie-CMM", out var id, out _));
            Assert.Equal(i is not (Hanging or Refusing), endpoints.Contains(id.Value));
        }
    }
}
