using System.Security.Cryptography.X509Certificates;

namespace SysMgmt.Testing.Redfish;

/// <summary>An HTTP handler that trusts only the given CAs, as a client given the emulator's CA bundle does.</summary>
public static class TrustingHandler
{
    public static SocketsHttpHandler Create(X509Certificate2Collection authorities)
    {
        var handler = new SocketsHttpHandler();
        handler.SslOptions.RemoteCertificateValidationCallback = (_, certificate, _, _) =>
        {
            using var chain = new X509Chain();
            chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
            chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
            chain.ChainPolicy.CustomTrustStore.AddRange(authorities);
            return certificate is not null && chain.Build(X509CertificateLoader.LoadCertificate(certificate.GetRawCertData()));
        };
        return handler;
    }

    public static SocketsHttpHandler FromPemFile(string caFile)
    {
        var authorities = new X509Certificate2Collection();
        authorities.ImportFromPemFile(caFile);
        return Create(authorities);
    }
}
