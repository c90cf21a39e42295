using SysMgmt.Discovery.Bmcs;
using SysMgmt.Redfish;

namespace SysMgmt.Discovery.Secrets;

/// <summary>
/// Finds the credentials for a BMC, in this order:
/// <list type="number">
/// <item>a username and a password given by the user: the same for every BMC;</item>
/// <item>the secrets-file entry under magellan's ID <c>https://host:port</c> (the BMC's own scheme), then
/// <c>https://host</c>, <c>host:port</c>, <c>host</c>;</item>
/// <item>the entry <c>default</c>.</item>
/// </list>
/// When the user gives only a username or only a password, it replaces that field of the stored entry, as in
/// magellan. An entry that exists but does not decrypt is an error for that BMC, not a reason to try the next one:
/// falling back would hide a wrong MASTER_KEY behind a login with other credentials.
/// </summary>
public sealed class BmcCredentialResolver(SecretSnapshot? secrets, string? username = null, string? password = null)
{
    /// <summary>The same credentials for every BMC, with no secrets file.</summary>
    public static BmcCredentialResolver Explicit(RedfishCredentials credentials) => new(null, credentials.Username, credentials.Password);

    public CredentialResolution Resolve(Uri bmc)
    {
        if (username is not null && password is not null)
        {
            return CredentialResolution.Found(new RedfishCredentials(username, password), null);
        }

        RedfishCredentials? stored = null;
        string? usedId = null;
        try
        {
            foreach (var id in CandidateIds(bmc))
            {
                if (secrets?.Get(id) is { } found)
                {
                    (stored, usedId) = (found, id);
                    break;
                }
            }
        }
        catch (SecretStoreException exception)
        {
            return CredentialResolution.Failed($"{BmcAddress.Display(bmc)}: {exception.Message}");
        }

        if (stored is null)
        {
            var ids = CandidateIds(bmc);
            var given = username is not null ? "; only a username was given" : password is not null ? "; only a password was given" : string.Empty;
            return CredentialResolution.Failed(
                $"no credentials for {BmcAddress.Display(bmc)} (no secret '{string.Join("', '", ids.SkipLast(1))}' or '{ids[^1]}'{given})");
        }

        return CredentialResolution.Found(new RedfishCredentials(username ?? stored.Username, password ?? stored.Password), usedId);
    }

    /// <summary>
    /// The secret IDs that can name <paramref name="bmc"/>, most specific first, ending with <c>default</c>. The
    /// first is magellan's: <c>collect</c> looks BMCs up as <c>scheme://host:port</c>.
    /// </summary>
    public static IReadOnlyList<string> CandidateIds(Uri bmc)
    {
        var host = bmc.Host;
        var bareHost = bmc.HostNameType == UriHostNameType.IPv6 ? host.Trim('[', ']') : host;
        return [.. new[]
        {
            BmcAddress.Display(bmc),
            $"{bmc.Scheme}://{host}",
            $"{host}:{bmc.Port}",
            bareHost,
            SecretStore.DefaultId,
        }.Distinct(StringComparer.Ordinal)];
    }
}
