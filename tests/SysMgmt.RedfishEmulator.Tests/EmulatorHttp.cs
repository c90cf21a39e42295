using System.Net.Http.Headers;
using System.Text;
using SysMgmt.RedfishEmulator.Bmcs;
using SysMgmt.RedfishEmulator.Hosting;
using SysMgmt.Testing.Redfish;

namespace SysMgmt.RedfishEmulator.Tests;

/// <summary>Raw HTTP to emulated BMCs, trusting the emulator's CA, so tests see exactly what the emulator sends.</summary>
internal static class EmulatorHttp
{
    public static HttpClient Client(EmulatorHost host, EmulatedBmc bmc, string? username = "root", string? password = "root_password")
    {
        var handler = host.Certificates is { } certificates ? TrustingHandler.Create([certificates.Authority]) : new SocketsHttpHandler();
        var client = new HttpClient(handler) { BaseAddress = bmc.BaseUri, Timeout = TimeSpan.FromSeconds(10) };
        if (username is not null)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{username}:{password}")));
        }

        return client;
    }
}
