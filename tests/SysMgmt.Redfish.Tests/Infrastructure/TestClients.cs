using SysMgmt.RedfishEmulator.Bmcs;
using SysMgmt.RedfishEmulator.Hosting;
using SysMgmt.Testing.Redfish;

namespace SysMgmt.Redfish.Tests.Infrastructure;

/// <summary>Clients for emulated BMCs: the emulator's CA trusted, short timeouts so that fault tests stay quick.</summary>
internal static class TestClients
{
    public static RedfishClientOptions Options(EmulatorHost host, Action<RedfishClientOptions>? configure = null)
    {
        var options = new RedfishClientOptions
        {
            CaBundlePath = host.Certificates is null ? null : TestBmcs.WriteAuthority(host),
            RequestTimeout = TimeSpan.FromSeconds(5),
            BmcDeadline = TimeSpan.FromSeconds(60),
            RetryDelay = TimeSpan.FromMilliseconds(20),
        };
        configure?.Invoke(options);
        return options;
    }

    public static RedfishClientFactory Factory(RedfishClientOptions options) => new(Microsoft.Extensions.Options.Options.Create(options));

    public static RedfishClientFactory Factory(EmulatorHost host, Action<RedfishClientOptions>? configure = null) => Factory(Options(host, configure));

    public static RedfishClient Create(this RedfishClientFactory factory, EmulatedBmc bmc, string? password = null) =>
        factory.Create(new RedfishEndpoint(bmc.BaseUri, new RedfishCredentials(bmc.Credentials.Username, password ?? bmc.Credentials.Password)));

    public static RedfishClient Create(this RedfishClientFactory factory, Uri baseUri) =>
        factory.Create(new RedfishEndpoint(baseUri, new RedfishCredentials("root", "root_password")));
}
