namespace SysMgmt.Discovery.Collection;

/// <summary>Where a BMC's collection stopped.</summary>
public enum BmcFailureStage
{
    /// <summary>No credentials for it, or no xname for it.</summary>
    Setup,

    /// <summary>The BMC: unreachable, wrong credentials, TLS, timeout, malformed Redfish.</summary>
    Redfish,

    /// <summary>Writing the payload to a file.</summary>
    Output,

    /// <summary>SMD refused the payload or could not be reached.</summary>
    Send,
}
