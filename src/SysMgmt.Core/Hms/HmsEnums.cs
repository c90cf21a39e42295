namespace SysMgmt.Core.Hms;

/// <summary>
/// The built-in HMS enums of hms-base <c>hmstypes.go</c>, in its declaration order and spelling.
/// Role and SubRole may be extended per site with <see cref="HmsEnum.WithAdditions"/>.
/// </summary>
public static class HmsEnums
{
    public static HmsEnum State { get; } =
        new("State", ["Unknown", "Empty", "Populated", "Off", "On", "Standby", "Halt", "Ready"]);

    /// <summary>hms-base accepts <c>warn</c> as well as <c>Warning</c>.</summary>
    public static HmsEnum Flag { get; } =
        new("Flag", ["Unknown", "OK", "Warning", "Alert", "Locked"], new Dictionary<string, string> { ["warn"] = "Warning" });

    public static HmsEnum Role { get; } =
        new("Role", ["Compute", "Service", "System", "Application", "Storage", "Management"]);

    public static HmsEnum SubRole { get; } = new("SubRole", ["Master", "Worker", "Storage"]);

    public static HmsEnum NetType { get; } = new("NetType", ["Sling", "Infiniband", "Ethernet", "OEM", "None"]);

    /// <summary>Note the upper-case <c>UNKNOWN</c>, unlike State and Flag.</summary>
    public static HmsEnum Arch { get; } = new("Arch", ["X86", "ARM", "UNKNOWN", "Other"]);

    /// <summary>The API and hms-base have no <c>Other</c> (only OpenCHAMI's JSON schemas do).</summary>
    public static HmsEnum Class { get; } = new("Class", ["River", "Mountain", "Hill"]);
}
