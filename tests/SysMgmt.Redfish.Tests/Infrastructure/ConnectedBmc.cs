using SysMgmt.RedfishEmulator.Bmcs;
using SysMgmt.RedfishEmulator.Hosting;
using SysMgmt.Testing.Redfish;

namespace SysMgmt.Redfish.Tests.Infrastructure;

/// <summary>An emulator and a client connected to its first BMC: the start of most client tests.</summary>
internal sealed class ConnectedBmc : IAsyncDisposable
{
    private ConnectedBmc(EmulatorHost emulator, RedfishClientFactory factory, RedfishClient client)
    {
        Emulator = emulator;
        Factory = factory;
        Client = client;
    }

    public EmulatorHost Emulator { get; }

    public RedfishClientFactory Factory { get; }

    /// <summary>The client of BMC 0.</summary>
    public RedfishClient Client { get; }

    public EmulatedBmc Bmc => Emulator.Bmcs[0];

    public static async Task<ConnectedBmc> StartAsync(
        EmulatorOptions options, CancellationToken cancellationToken, Action<RedfishClientOptions>? configure = null, string? password = null)
    {
        var emulator = await TestBmcs.StartAsync(options, cancellationToken);
        var factory = TestClients.Factory(emulator, configure);
        return new ConnectedBmc(emulator, factory, factory.Create(emulator.Bmcs[0], password));
    }

    public static Task<ConnectedBmc> StartAsync(
        string mockup, CancellationToken cancellationToken, Action<RedfishClientOptions>? configure = null, BmcFaults? faults = null, string? password = null)
    {
        var options = TestBmcs.Options(1, mockup);
        if (faults is not null)
        {
            options.Faults[0] = faults;
        }

        return StartAsync(options, cancellationToken, configure, password);
    }

    public async ValueTask DisposeAsync()
    {
        await Client.DisposeAsync();
        Factory.Dispose();
        await Emulator.DisposeAsync();
    }
}
