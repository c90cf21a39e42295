using System.Diagnostics.CodeAnalysis;
using System.Security.Cryptography;
using Microsoft.IdentityModel.Tokens;

namespace SysMgmt.ServiceDefaults.Authentication;

/// <summary>Reads an RSA or EC public key from PEM text (<c>PUBLIC KEY</c> or <c>RSA PUBLIC KEY</c>).</summary>
internal static class PublicKeyPem
{
    // Verifying with shorter RSA keys is allowed by the library but offers no real protection.
    private const int MinimumRsaKeyBits = 2048;

    /// <summary>Checks the PEM without keeping the key; <paramref name="error"/> completes "… {error}".</summary>
    public static bool IsValid(string pem, [NotNullWhen(false)] out string? error)
    {
        if (!TryImport(pem, out var algorithm, out error))
        {
            return false;
        }

        algorithm.Dispose();
        return true;
    }

    public static SecurityKey Load(string pem) =>
        !TryImport(pem, out var algorithm, out var error)
            ? throw new InvalidOperationException($"The configured public key {error}.")
            : algorithm switch
            {
                RSA rsa => new RsaSecurityKey(rsa),
                ECDsa ecdsa => new ECDsaSecurityKey(ecdsa),
                _ => throw new InvalidOperationException($"Unexpected key type {algorithm.GetType().Name}."),
            };

    private static bool TryImport(string pem, [NotNullWhen(true)] out AsymmetricAlgorithm? algorithm, [NotNullWhen(false)] out string? error)
    {
        algorithm = null;
        if (!PemEncoding.TryFind(pem, out var fields))
        {
            error = "is not PEM text (expected -----BEGIN PUBLIC KEY-----)";
            return false;
        }

        var label = pem[fields.Label];
        if (label.Contains("PRIVATE", StringComparison.Ordinal))
        {
            error = "is a private key; configure the public key only";
            return false;
        }

        var der = Convert.FromBase64String(pem[fields.Base64Data]);
        algorithm = label switch
        {
            "PUBLIC KEY" => (AsymmetricAlgorithm?)ImportRsa(rsa => rsa.ImportSubjectPublicKeyInfo(der, out _)) ?? ImportEcdsa(der),
            "RSA PUBLIC KEY" => ImportRsa(rsa => rsa.ImportRSAPublicKey(der, out _)),
            _ => null,
        };

        if (algorithm is null)
        {
            error = $"is not an RSA or EC public key (PEM label '{label}')";
            return false;
        }

        if (algorithm is RSA { KeySize: < MinimumRsaKeyBits } weak)
        {
            error = $"is an RSA key of {weak.KeySize} bits; at least {MinimumRsaKeyBits} are required";
            weak.Dispose();
            algorithm = null;
            return false;
        }

        error = null;
        return true;
    }

    private static RSA? ImportRsa(Action<RSA> import)
    {
        var rsa = RSA.Create();
        try
        {
            import(rsa);
            return rsa;
        }
        catch (CryptographicException)
        {
            // Not RSA (an EC key in SubjectPublicKeyInfo, or damaged DER): the caller tries the next type.
            rsa.Dispose();
            return null;
        }
    }

    private static ECDsa? ImportEcdsa(byte[] subjectPublicKeyInfo)
    {
        var ecdsa = ECDsa.Create();
        try
        {
            ecdsa.ImportSubjectPublicKeyInfo(subjectPublicKeyInfo, out _);
            return ecdsa;
        }
        catch (CryptographicException)
        {
            ecdsa.Dispose();
            return null;
        }
    }
}
