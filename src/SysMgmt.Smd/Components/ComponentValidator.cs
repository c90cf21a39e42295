using SysMgmt.Core.Contracts;
using SysMgmt.Core.Hms;
using SysMgmt.Core.Xnames;
using SysMgmt.Smd.Service;

namespace SysMgmt.Smd.Components;

/// <summary>
/// Checks a component body and normalises it: the xname, the enums (any case) and the defaults (Flag OK,
/// Enabled true). The client's Type is ignored; it always follows from the xname.
/// </summary>
internal sealed class ComponentValidator(HmsVocabulary hms)
{
    /// <summary>Returns the normalised component, or null with every problem of this body in <paramref name="errors"/>.</summary>
    public NewComponent? Validate(Component input, List<string> errors)
    {
        var before = errors.Count;
        if (!Xname.TryParse(input.ID, out var id, out var xnameError))
        {
            errors.Add($"xname ID '{input.ID}' is invalid: {xnameError}");
            return null;
        }

        if (id.Type is XnameType.Partition)
        {
            errors.Add($"xname ID '{id.Value}' is a partition name, not a component");
            return null;
        }

        var context = id.Value;
        if (string.IsNullOrWhiteSpace(input.State))
        {
            errors.Add($"{context}: State is required");
        }

        var state = Normalize(hms.State, input.State, context, errors);
        var flag = Normalize(hms.Flag, input.Flag, context, errors) ?? "OK";
        var role = Normalize(hms.Role, input.Role, context, errors);
        var subRole = Normalize(hms.SubRole, input.SubRole, context, errors);
        var netType = Normalize(hms.NetType, input.NetType, context, errors);
        var arch = Normalize(hms.Arch, input.Arch, context, errors);
        var @class = Normalize(hms.Class, input.Class, context, errors);
        if (input.NID is < 0)
        {
            errors.Add($"{context}: NID {input.NID} is negative");
        }

        return errors.Count > before
            ? null
            : new NewComponent(id, state!, flag, input.Enabled ?? true, Blank(input.SoftwareStatus), role, subRole,
                input.NID, Blank(input.Subtype), netType, arch, @class);
    }

    private static string? Normalize(HmsEnum values, string? raw, string context, List<string> errors)
    {
        if (Blank(raw) is not { } text)
        {
            return null;
        }

        if (values.TryNormalize(text, out var canonical))
        {
            return canonical;
        }

        errors.Add($"{context}: {values.Name} '{raw}' is invalid");
        return null;
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
