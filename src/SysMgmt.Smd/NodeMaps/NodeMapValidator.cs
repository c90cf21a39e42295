using SysMgmt.Core.Contracts;
using SysMgmt.Core.Xnames;
using SysMgmt.Smd.Service;

namespace SysMgmt.Smd.NodeMaps;

/// <summary>A node map must name a node, give it a positive NID, and use known Roles and SubRoles.</summary>
internal sealed class NodeMapValidator(HmsVocabulary hms)
{
    public NodeMap? Validate(NodeMap input, out string error)
    {
        error = "";
        if (!Xname.TryParse(input.ID, out var id, out _) || id.Type is not (XnameType.Node or XnameType.VirtualNode))
        {
            error = $"xname ID '{input.ID}' is invalid or not a node";
            return null;
        }

        if (input.NID <= 0)
        {
            error = $"{id.Value}: NID '{input.NID}' is out of range (must be > 0)";
            return null;
        }

        var role = Normalize(hms.Role, input.Role, id, ref error);
        var subRole = Normalize(hms.SubRole, input.SubRole, id, ref error);
        if (error.Length > 0)
        {
            return null;
        }

        return input with { ID = id.Value, Role = role, SubRole = subRole };
    }

    private static string? Normalize(Core.Hms.HmsEnum values, string? raw, Xname id, ref string error)
    {
        if (string.IsNullOrWhiteSpace(raw))
        {
            return null;
        }

        if (values.TryNormalize(raw.Trim(), out var canonical))
        {
            return canonical;
        }

        error = error.Length > 0 ? error : $"{id.Value}: {values.Name} '{raw}' is not valid.";
        return null;
    }
}
