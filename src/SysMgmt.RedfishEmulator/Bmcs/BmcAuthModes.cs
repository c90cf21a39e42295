namespace SysMgmt.RedfishEmulator.Bmcs;

/// <summary>Which ways of authenticating a BMC accepts.</summary>
public enum BmcAuthModes
{
    /// <summary>Redfish sessions (<c>X-Auth-Token</c>) and HTTP Basic, as most BMCs.</summary>
    SessionAndBasic,

    /// <summary>Sessions only: Basic gets 401, as on iDRAC10 with Basic "Unadvertised".</summary>
    SessionOnly,

    /// <summary>Basic only: creating a session answers 405.</summary>
    BasicOnly,
}
