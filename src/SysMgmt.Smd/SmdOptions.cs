namespace SysMgmt.Smd;

public sealed class SmdOptions
{
    public const string SectionName = "Smd";

    /// <summary>Site-specific Roles added to the HMS set (hms-base <c>HMSExtendedDefinitions.Role</c>).</summary>
    public List<string> ExtraRoles { get; set; } = [];

    /// <summary>Site-specific SubRoles added to the HMS set.</summary>
    public List<string> ExtraSubRoles { get; set; } = [];
}
