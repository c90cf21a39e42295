using System.Net.Security;
using System.Security.Cryptography.X509Certificates;

namespace SysMgmt.Redfish.Transport;

/// <summary>
/// How BMC certificates are checked: the system store (default), a CA bundle, or not at all. Public for the other
/// code that talks to BMCs without a <see cref="RedfishClient"/> (the discovery scanner's probe).
/// </summary>
public static class CertificateValidation
{
    /// <summary>The callback for <see cref="SslClientAuthenticationOptions"/>; null means the platform's own checks.</summary>
    public static RemoteCertificateValidationCallback? Create(RedfishClientOptions options)
    {
        if (options.Insecure)
        {
            return static (_, _, _, _) => true;
        }

        if (options.CaBundlePath is null)
        {
            // The platform's own validation: system trust store and host name.
            return null;
        }

        var authorities = new X509Certificate2Collection();
        authorities.ImportFromPemFile(options.CaBundlePath);
        return (_, certificate, presentedChain, errors) => certificate is not null
            && (errors & (SslPolicyErrors.RemoteCertificateNameMismatch | SslPolicyErrors.RemoteCertificateNotAvailable)) == 0
            && ChainsTo(certificate, presentedChain, authorities);
    }

    private static bool ChainsTo(X509Certificate certificate, X509Chain? presentedChain, X509Certificate2Collection authorities)
    {
        using var chain = new X509Chain();
        chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
        chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
        chain.ChainPolicy.CustomTrustStore.AddRange(authorities);
        if (presentedChain is not null)
        {
            foreach (var element in presentedChain.ChainElements)
            {
                chain.ChainPolicy.ExtraStore.Add(element.Certificate);
            }
        }

        using var leaf = X509CertificateLoader.LoadCertificate(certificate.GetRawCertData());
        return chain.Build(leaf);
    }
}
