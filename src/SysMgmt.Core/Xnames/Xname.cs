namespace SysMgmt.Core.Xnames;

/// <summary>
/// A validated, normalised HMS component ID (xname), e.g. <c>x3000c0s19b1n0</c>, and its <see cref="XnameType"/>.
/// </summary>
/// <remarks>
/// A struct of two references, so it is cheap to pass around and to keep 10,000 of in a bulk request.
/// Equality is ordinal on the normalised value. <c>default(Xname)</c> has an empty value and type
/// <see cref="XnameType.Invalid"/>.
/// </remarks>
public readonly record struct Xname
{
    private static readonly Xname s_system = new("s0", XnameType.System);

    private readonly string? _value;

    private Xname(string value, XnameType type)
    {
        _value = value;
        Type = type;
    }

    /// <summary>The normalised ID: trimmed, lower case, no leading zeros in any number.</summary>
    public string Value => _value ?? string.Empty;

    public XnameType Type { get; }

    /// <summary>
    /// The containing component, by the hms-xname rule (<c>GetHMSCompParent</c>): Cabinets and CDUs belong to the
    /// System <c>s0</c>; otherwise strip the trailing number, then the trailing letters (<c>x0c0s22b11</c> →
    /// <c>x0c0s22</c>). System, Partition and SMSBox have none.
    /// </summary>
    /// <remarks>
    /// The parent's type is whatever that ID parses as. That differs from the ParentType column of the
    /// hms-xname table for NodeFpga (its parent ID <c>x…s…b…</c> is a NodeBMC, the table says NodeEnclosure).
    /// </remarks>
    public Xname? Parent
    {
        get
        {
            switch (Type)
            {
                case XnameType.Invalid or XnameType.System or XnameType.Partition or XnameType.SMSBox:
                    return null;
                case XnameType.Cabinet or XnameType.CDU:
                    return s_system;
            }

            var value = Value.AsSpan().TrimEnd("0123456789").TrimEnd("abcdefghijklmnopqrstuvwxyz");
            // Every prefix of a valid xname that ends at a segment boundary is itself valid (see XnameGrammar).
            return XnameParser.TryParse(value.ToString(), out var parent, out var parentType, out _)
                ? new Xname(parent, parentType)
                : null;
        }
    }

    /// <summary>Normalises without validating (hms-xname <c>NormalizeHMSCompID</c>).</summary>
    public static string Normalize(string input) => XnameParser.Normalize(input);

    /// <summary>
    /// Normalises and validates <paramref name="input"/>. On failure <paramref name="error"/> names the problem,
    /// e.g. <c>'x1c9' is not a valid xname: chassis number 9 is out of range 0-7</c>.
    /// </summary>
    public static bool TryParse(string? input, out Xname xname, out string error)
    {
        if (XnameParser.TryParse(input, out var value, out var type, out error))
        {
            xname = new Xname(value, type);
            return true;
        }

        xname = default;
        return false;
    }

    /// <summary>As <see cref="TryParse(string?, out Xname, out string)"/>, throwing <see cref="FormatException"/> with the same message.</summary>
    public static Xname Parse(string input) =>
        TryParse(input, out var xname, out var error) ? xname : throw new FormatException(error);

    /// <summary>
    /// True when <paramref name="other"/> is this component or one of its descendants along the parent chain:
    /// <c>x1c0s1</c> contains <c>x1c0s1b0</c> but not <c>x1c0s10b0</c>; <c>s0</c> contains every cabinet and CDU tree.
    /// </summary>
    public bool IsSelfOrAncestorOf(Xname other)
    {
        if (Type == XnameType.Invalid || other.Type == XnameType.Invalid)
        {
            return false;
        }

        if (Type == XnameType.System)
        {
            return other.Type == XnameType.System || other.Value[0] is 'x' or 'd';
        }

        // Partitions have no parent, so "p1" does not contain "p1.2" even though it is a prefix.
        if (Type == XnameType.Partition || other.Type == XnameType.Partition)
        {
            return Value == other.Value;
        }

        // A descendant continues our ID with a new segment, i.e. a letter right after our last digit.
        return other.Value.StartsWith(Value, StringComparison.Ordinal)
            && (other.Value.Length == Value.Length || char.IsAsciiLetter(other.Value[Value.Length]));
    }

    public override string ToString() => Value;
}
