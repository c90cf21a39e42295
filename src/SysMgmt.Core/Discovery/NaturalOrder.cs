namespace SysMgmt.Core.Discovery;

/// <summary>
/// Orders Redfish IDs as people read them: <c>Node2</c> before <c>Node10</c>, <c>1</c> before <c>2</c>. The text
/// before a trailing number compares ordinally (so <c>Blade</c> before <c>Perif</c>, and upper case before lower
/// case), then the number's value, however long; equal keys (<c>Blade01</c>, <c>Blade1</c>) fall back to ordinal
/// order, so the order is total and the same everywhere.
/// SMD and the discovery agent both number nodes and chassis with it.
/// </summary>
public sealed class NaturalOrder : IComparer<string>
{
    private NaturalOrder()
    {
    }

    public static NaturalOrder Instance { get; } = new();

    public int Compare(string? x, string? y)
    {
        x ??= "";
        y ??= "";
        var (xText, xNumber) = Split(x);
        var (yText, yNumber) = Split(y);
        var byText = x.AsSpan(xText).SequenceCompareTo(y.AsSpan(yText));
        if (byText != 0)
        {
            return byText;
        }

        // Numbers of any length: no number first, then fewer significant digits, then digit by digit.
        var xDigits = x.AsSpan(xNumber);
        var yDigits = y.AsSpan(yNumber);
        var byNumber = xDigits.IsEmpty != yDigits.IsEmpty ? (xDigits.IsEmpty ? -1 : 1)
            : xDigits.Length != yDigits.Length ? xDigits.Length.CompareTo(yDigits.Length)
            : xDigits.SequenceCompareTo(yDigits);
        return byNumber != 0 ? byNumber : string.CompareOrdinal(x, y);
    }

    /// <summary>Where the text before a trailing number is, and that number's digits without leading zeros (<c>0</c> stays).</summary>
    private static (Range Text, Range Number) Split(string id)
    {
        var textLength = id.AsSpan().TrimEnd("0123456789").Length;
        var start = textLength;
        while (start < id.Length - 1 && id[start] == '0')
        {
            start++;
        }

        return (..textLength, start..);
    }
}
