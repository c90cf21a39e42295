namespace SysMgmt.RedfishEmulator.Bmcs;

/// <summary>The one account a BMC accepts.</summary>
public sealed record BmcCredentials(string Username, string Password)
{
    /// <summary>The HPE Cray Redfish interface emulator's default account.</summary>
    public static BmcCredentials Default { get; } = new("root", "root_password");

    public bool Matches(string? username, string? password) =>
        string.Equals(username, Username, StringComparison.Ordinal) && string.Equals(password, Password, StringComparison.Ordinal);
}
