using System.Net.Security;
using System.Security.Cryptography.X509Certificates;

namespace SysMgmt.Redfish.Transport;

/// <summary>
/// How server certificates are checked: the system store (default), a CA bundle, or not at all. Shared by every
/// client the agent has (BMCs, the scanner's probe, SMD), so that --cacert and --insecure mean the same everywhere.
/// </summary>
public static class CertificateValidation
{
    /// <summary>
    /// Sets <paramref name="ssl"/> up for <paramref name="options"/>. A CA bundle becomes the chain policy's only
    /// roots, so the handshake builds one chain against them (a callback that rebuilt it would cost a second chain
    /// per handshake, a quarter of a TLS connection's CPU); the host name is checked as always.
    /// </summary>
    public static void Apply(SslClientAuthenticationOptions ssl, RedfishClientOptions options)
    {
        if (options.Insecure)
        {
            ssl.RemoteCertificateValidationCallback = static (_, _, _, _) => true;
        }
        else if (options.CaBundlePath is not null)
        {
            ssl.CertificateChainPolicy = TrustOnly(options.CaBundlePath);
        }
    }

    private static X509ChainPolicy TrustOnly(string caBundlePath)
    {
        var policy = new X509ChainPolicy { TrustMode = X509ChainTrustMode.CustomRootTrust, RevocationMode = X509RevocationMode.NoCheck };
        policy.CustomTrustStore.ImportFromPemFile(caBundlePath);
        return policy;
    }
}
