namespace SysMgmt.Redfish.Authentication;

internal static class SessionLoginHeaders
{
    public const string Token = "X-Auth-Token";

    /// <summary>Where sessions live when the ServiceRoot does not say (<c>Links.Sessions</c>).</summary>
    public const string DefaultSessionsPath = "/redfish/v1/SessionService/Sessions";
}
