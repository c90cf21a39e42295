using Microsoft.Extensions.Options;
using SysMgmt.Core.Hms;

namespace SysMgmt.Smd.Service;

/// <summary>The HMS enums this SMD accepts: the standard ones, with the site's extra Roles and SubRoles.</summary>
public sealed class HmsVocabulary(IOptions<SmdOptions> options)
{
    public HmsEnum State => HmsEnums.State;
    public HmsEnum Flag => HmsEnums.Flag;
    public HmsEnum Role { get; } = HmsEnums.Role.WithAdditions(options.Value.ExtraRoles);
    public HmsEnum SubRole { get; } = HmsEnums.SubRole.WithAdditions(options.Value.ExtraSubRoles);
    public HmsEnum NetType => HmsEnums.NetType;
    public HmsEnum Arch => HmsEnums.Arch;
    public HmsEnum Class => HmsEnums.Class;
}
