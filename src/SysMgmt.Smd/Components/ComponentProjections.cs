using System.Linq.Expressions;
using SysMgmt.Core.Contracts;

namespace SysMgmt.Smd.Components;

/// <summary>Entity → wire projections, one per field selector, run inside the SQL query.</summary>
internal static class ComponentProjections
{
    private static readonly Expression<Func<ComponentEntity, Component>> s_all = c => new Component
    {
        ID = c.Id,
        Type = c.Type,
        State = c.State,
        Flag = c.Flag,
        Enabled = c.Enabled,
        SoftwareStatus = c.SoftwareStatus,
        Role = c.Role,
        SubRole = c.SubRole,
        NID = c.Nid,
        Subtype = c.Subtype,
        NetType = c.NetType,
        Arch = c.Arch,
        Class = c.Class,
        ReservationDisabled = c.ReservationDisabled,
        Locked = c.Locked,
    };

    private static readonly Expression<Func<ComponentEntity, Component>> s_stateOnly = c => new Component { ID = c.Id, Type = c.Type, State = c.State, Flag = c.Flag };
    private static readonly Expression<Func<ComponentEntity, Component>> s_flagOnly = c => new Component { ID = c.Id, Type = c.Type, Flag = c.Flag };
    private static readonly Expression<Func<ComponentEntity, Component>> s_roleOnly = c => new Component { ID = c.Id, Type = c.Type, Role = c.Role, SubRole = c.SubRole };
    private static readonly Expression<Func<ComponentEntity, Component>> s_nidOnly = c => new Component { ID = c.Id, Type = c.Type, NID = c.Nid };

    public static IQueryable<Component> Select(this IQueryable<ComponentEntity> components, FieldSelector selector) =>
        components.Select(selector switch
        {
            FieldSelector.StateOnly => s_stateOnly,
            FieldSelector.FlagOnly => s_flagOnly,
            FieldSelector.RoleOnly => s_roleOnly,
            FieldSelector.NidOnly => s_nidOnly,
            _ => s_all,
        });
}
