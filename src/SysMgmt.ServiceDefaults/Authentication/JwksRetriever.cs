using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace SysMgmt.ServiceDefaults.Authentication;

/// <summary>
/// Reads a bare JSON Web Key Set (<see cref="AuthOptions.JwksUrl"/>) as the signing keys of an OpenID Connect
/// configuration, so IdentityModel's <see cref="ConfigurationManager{T}"/> caches and refreshes it exactly as it does
/// a discovery document. Logs each fetch: a failed fetch keeps the previous keys (the manager's "stale is better than
/// none"), which an operator needs to know.
/// </summary>
internal sealed partial class JwksRetriever(ILogger<JwksRetriever> logger) : IConfigurationRetriever<OpenIdConnectConfiguration>
{
    public async Task<OpenIdConnectConfiguration> GetConfigurationAsync(string address, IDocumentRetriever retriever, CancellationToken cancel)
    {
        try
        {
            var keySet = new JsonWebKeySet(await retriever.GetDocumentAsync(address, cancel));
            var configuration = new OpenIdConnectConfiguration { JwksUri = address, JsonWebKeySet = keySet };
            foreach (var key in keySet.GetSigningKeys())
            {
                configuration.SigningKeys.Add(key);
            }

            if (configuration.SigningKeys.Count == 0)
            {
                LogNoUsableKeys(logger, address);
            }
            else
            {
                LogKeysFetched(logger, configuration.SigningKeys.Count, address);
            }

            return configuration;
        }
        catch (Exception exception) when (!cancel.IsCancellationRequested)
        {
            LogFetchFailed(logger, address, exception.Message, exception);
            throw;
        }
    }
}
