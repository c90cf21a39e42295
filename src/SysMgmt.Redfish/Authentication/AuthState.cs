using SysMgmt.Redfish.Transport;

namespace SysMgmt.Redfish.Authentication;

/// <summary>How requests to a BMC are authorised once logged in: a session token, or Basic.</summary>
internal sealed record AuthState(RedfishAuthMode Mode, RedfishCredentials Credentials, string? Token = null, string? SessionUri = null)
{
    public void Apply(HttpRequestMessage message)
    {
        if (Mode == RedfishAuthMode.Session)
        {
            message.Headers.Add(SessionLoginHeaders.Token, Token);
        }
        else
        {
            message.Headers.Authorization = RedfishTransport.BasicHeader(Credentials);
        }
    }
}
