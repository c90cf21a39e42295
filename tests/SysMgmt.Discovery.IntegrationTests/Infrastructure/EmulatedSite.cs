using SysMgmt.RedfishEmulator.Bmcs;
using SysMgmt.RedfishEmulator.Hosting;
using SysMgmt.Testing.Redfish;

namespace SysMgmt.Discovery.IntegrationTests.Infrastructure;

/// <summary>
/// BMCs to discover: the emulator serving every mockup in <c>../shared/redfish-mockups</c> in turn, on consecutive
/// loopback addresses from .1 of a random /24, over HTTPS with the emulator's own CA.
/// </summary>
public sealed class EmulatedSite : IAsyncDisposable
{
    public const string Username = "root";
    public const string Password = "discovery-test-password";

    private EmulatedSite(EmulatorHost emulator, IReadOnlyList<string> mockups, string caFile)
    {
        Emulator = emulator;
        Mockups = mockups;
        CaFile = caFile;
    }

    public EmulatorHost Emulator { get; }

    /// <summary>The mockups served in turn: BMC <c>i</c> serves <c>Mockups[i % Count]</c>.</summary>
    public IReadOnlyList<string> Mockups { get; }

    /// <summary>The emulator's CA (PEM), for --cacert.</summary>
    public string CaFile { get; }

    /// <summary>The /24 the BMCs are in, e.g. <c>127.23.41.0/24</c>.</summary>
    public string Subnet => Prefix + ".0/24";

    public string Prefix => Emulator.Bmcs[0].BaseUri.Host[..Emulator.Bmcs[0].BaseUri.Host.LastIndexOf('.')];

    public int Port => Emulator.Bmcs[0].BaseUri.Port;

    public static async Task<EmulatedSite> StartAsync(int? count = null, IReadOnlyDictionary<int, BmcFaults>? faults = null)
    {
        var mockups = TestBmcs.AllMockupNames();
        var options = TestBmcs.Options(count ?? mockups.Count, [.. mockups]);
        options.Username = Username;
        options.Password = Password;
        foreach (var (index, fault) in faults ?? new Dictionary<int, BmcFaults>())
        {
            options.Faults[index] = fault;
        }

        var emulator = await TestBmcs.StartAsync(options, TestContext.Current.CancellationToken);
        return new EmulatedSite(emulator, mockups, TestBmcs.WriteAuthority(emulator));
    }

    /// <summary>The BMC that serves <paramref name="mockup"/> (the first one, when several do).</summary>
    public EmulatedBmc Bmc(string mockup) => Emulator.Bmcs[Mockups.ToList().IndexOf(mockup)];

    public async ValueTask DisposeAsync()
    {
        await Emulator.DisposeAsync();
        File.Delete(CaFile);
    }
}
