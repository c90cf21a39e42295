namespace SysMgmt.Redfish;

/// <summary>How the client authenticates to a BMC.</summary>
public enum RedfishAuthMode
{
    /// <summary>A Redfish session: <c>POST SessionService/Sessions</c>, then <c>X-Auth-Token</c>; deleted on dispose.</summary>
    Session,

    /// <summary>HTTP Basic on every request.</summary>
    Basic,
}
