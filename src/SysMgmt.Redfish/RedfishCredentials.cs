namespace SysMgmt.Redfish;

/// <summary>A BMC account.</summary>
public sealed record RedfishCredentials(string Username, string Password)
{
    /// <summary>Never prints the password.</summary>
    public override string ToString() => $"{Username} / ***";
}
