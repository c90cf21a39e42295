namespace SysMgmt.Smd.Discovery;

/// <summary>Orders Redfish IDs as people read them: <c>Node2</c> before <c>Node10</c>, <c>1</c> before <c>2</c>.</summary>
internal sealed class NaturalOrder : IComparer<string>
{
    public static readonly NaturalOrder Instance = new();

    public int Compare(string? x, string? y)
    {
        var (xText, xNumber) = Split(x ?? "");
        var (yText, yNumber) = Split(y ?? "");
        var byText = string.CompareOrdinal(xText, yText);
        return byText != 0 ? byText : xNumber != yNumber ? xNumber.CompareTo(yNumber) : string.CompareOrdinal(x, y);
    }

    /// <summary>The text before a trailing number, and that number (-1 when there is none).</summary>
    private static (string Text, long Number) Split(string id)
    {
        var digits = id.Length;
        while (digits > 0 && char.IsAsciiDigit(id[digits - 1]))
        {
            digits--;
        }

        var number = digits < id.Length && id.Length - digits <= 18 ? long.Parse(id.AsSpan(digits), System.Globalization.CultureInfo.InvariantCulture) : -1;
        return (id[..digits], number);
    }
}
