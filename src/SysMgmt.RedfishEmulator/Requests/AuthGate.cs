using System.Net.Http.Headers;
using System.Text;
using SysMgmt.RedfishEmulator.Bmcs;

namespace SysMgmt.RedfishEmulator.Requests;

/// <summary>Checks HTTP Basic credentials or an <c>X-Auth-Token</c> against what the BMC accepts.</summary>
internal static class AuthGate
{
    public const string TokenHeader = "X-Auth-Token";

    public static bool IsAuthenticated(BmcRequest request)
    {
        var headers = request.Http.Request.Headers;
        var modes = request.Bmc.Faults.Auth;
        if (headers.TryGetValue(TokenHeader, out var token) && token.ToString() is { Length: > 0 } value)
        {
            return modes != BmcAuthModes.BasicOnly && request.Bmc.ExistingState?.FindSessionByToken(value) is not null;
        }

        return modes != BmcAuthModes.SessionOnly
            && TryReadBasic(headers.Authorization.ToString(), out var username, out var password)
            && request.Bmc.Credentials.Matches(username, password);
    }

    public static Task ChallengeAsync(BmcRequest request)
    {
        if (request.Bmc.Faults.Auth != BmcAuthModes.SessionOnly)
        {
            request.Http.Response.Headers.WWWAuthenticate = "Basic realm=\"Redfish\"";
        }

        return RedfishResponses.ErrorAsync(request, StatusCodes.Status401Unauthorized, "InsufficientPrivilege",
            "There are insufficient privileges for the account or credentials associated with the current session to perform the requested operation.");
    }

    private static bool TryReadBasic(string header, out string username, out string password)
    {
        username = password = string.Empty;
        if (!AuthenticationHeaderValue.TryParse(header, out var value)
            || !string.Equals(value.Scheme, "Basic", StringComparison.OrdinalIgnoreCase)
            || value.Parameter is null)
        {
            return false;
        }

        try
        {
            var decoded = Encoding.UTF8.GetString(Convert.FromBase64String(value.Parameter));
            var colon = decoded.IndexOf(':', StringComparison.Ordinal);
            if (colon < 0)
            {
                return false;
            }

            (username, password) = (decoded[..colon], decoded[(colon + 1)..]);
            return true;
        }
        catch (FormatException)
        {
            return false;
        }
    }
}
