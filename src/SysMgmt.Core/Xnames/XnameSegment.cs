namespace SysMgmt.Core.Xnames;

/// <summary>
/// One step of the xname grammar: a prefix (usually one letter) followed by a number in [Min, Max].
/// Reaching the end of the input right after a segment's number yields that segment's <see cref="Type"/>.
/// </summary>
internal sealed class XnameSegment(string prefix, string noun, int min, int max, XnameType type, XnameSegment[] children)
{
    /// <summary>Marks a number run the hms-xname regex leaves unbounded (<c>[0-9]+</c>); we stop at int range.</summary>
    public const int Unbounded = int.MaxValue;

    public string Prefix { get; } = prefix;

    /// <summary>What the number counts, for error messages ("chassis number 9 is out of range 0-7").</summary>
    public string Noun { get; } = noun;

    public int Min { get; } = min;

    public int Max { get; } = max;

    public XnameType Type { get; } = type;

    public XnameSegment[] Children { get; } = children;

    /// <summary>The child whose prefix starts <paramref name="rest"/>; children are few, so a scan beats hashing.</summary>
    public XnameSegment? FindChild(ReadOnlySpan<char> rest)
    {
        foreach (var child in Children)
        {
            if (rest.StartsWith(child.Prefix, StringComparison.Ordinal))
            {
                return child;
            }
        }

        return null;
    }
}
