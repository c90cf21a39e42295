using System.Collections.Concurrent;
using System.Net;
using System.Net.Security;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace SysMgmt.RedfishEmulator.Hosting;

/// <summary>
/// A certificate authority generated at startup, and a certificate per BMC address signed by it (made on the first
/// TLS handshake to that address). Clients that trust <see cref="AuthorityPem"/> verify every BMC, as they would
/// with a site CA; clients that do not see self-signed-looking BMCs.
/// </summary>
public sealed class EmulatorCertificates : IDisposable
{
    private static readonly TimeSpan s_clockSkew = TimeSpan.FromHours(1);
    private readonly X509Certificate2 _authority;
    private readonly X509Certificate2Collection _chain;
    private readonly ConcurrentDictionary<IPAddress, Lazy<SslStreamCertificateContext>> _contexts = new();

    public EmulatorCertificates()
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest("CN=SysMgmt Redfish Emulator CA", key, HashAlgorithmName.SHA256);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, false, 0, true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.KeyCertSign | X509KeyUsageFlags.CrlSign, true));
        request.CertificateExtensions.Add(new X509SubjectKeyIdentifierExtension(request.PublicKey, false));
        var now = DateTimeOffset.UtcNow;
        _authority = request.CreateSelfSigned(now - s_clockSkew, now.AddYears(2));
        _chain = [X509CertificateLoader.LoadCertificate(_authority.RawData)];
    }

    /// <summary>The CA certificate in PEM, for a client's CA bundle.</summary>
    public string AuthorityPem => _authority.ExportCertificatePem();

    /// <summary>The CA certificate without its private key.</summary>
    public X509Certificate2 Authority => _chain[0];

    /// <summary>The TLS identity of the BMC at <paramref name="address"/>: a certificate whose SAN is that address.</summary>
    public SslStreamCertificateContext ForAddress(IPAddress address) =>
        _contexts.GetOrAdd(address, a => new Lazy<SslStreamCertificateContext>(() => Create(a))).Value;

    private SslStreamCertificateContext Create(IPAddress address)
    {
        // Not disposed: the certificate's private key must outlive this method.
        var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest($"CN={address}", key, HashAlgorithmName.SHA256);
        var names = new SubjectAlternativeNameBuilder();
        names.AddIpAddress(address);
        if (IPAddress.IsLoopback(address))
        {
            names.AddDnsName("localhost");
        }

        request.CertificateExtensions.Add(names.Build());
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(false, false, 0, false));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.DigitalSignature, true));
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid("1.3.6.1.5.5.7.3.1")], false));
        var now = DateTimeOffset.UtcNow;
        using var signed = request.Create(_authority, now - s_clockSkew, now.AddYears(1), RandomNumberGenerator.GetBytes(16));
        var certificate = signed.CopyWithPrivateKey(key);
        return SslStreamCertificateContext.Create(certificate, _chain, offline: true);
    }

    public void Dispose()
    {
        _authority.Dispose();
        _chain[0].Dispose();
    }
}
