using System.Net.Http.Headers;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using SysMgmt.RedfishEmulator.Bmcs;
using SysMgmt.RedfishEmulator.Hosting;

namespace SysMgmt.RedfishEmulator.Tests;

/// <summary>Raw HTTP to emulated BMCs, trusting the emulator's CA, so tests see exactly what the emulator sends.</summary>
internal static class EmulatorHttp
{
    public static HttpClient Client(EmulatorHost host, EmulatedBmc bmc, string? username = "root", string? password = "root_password")
    {
        var authority = host.Certificates?.Authority;
        var handler = new SocketsHttpHandler();
        if (authority is not null)
        {
            handler.SslOptions.RemoteCertificateValidationCallback = (_, certificate, _, _) =>
            {
                using var chain = new X509Chain();
                chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
                chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
                chain.ChainPolicy.CustomTrustStore.Add(authority);
                return certificate is not null
                    && chain.Build(X509CertificateLoader.LoadCertificate(certificate.GetRawCertData()));
            };
        }

        var client = new HttpClient(handler) { BaseAddress = bmc.BaseUri, Timeout = TimeSpan.FromSeconds(10) };
        if (username is not null)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{username}:{password}")));
        }

        return client;
    }
}
