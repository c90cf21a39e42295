using SysMgmt.Core.Xnames;

namespace SysMgmt.Smd.Groups;

/// <summary>
/// The names groups and partitions use. Group labels, tags and exclusive-group names are lower-cased and may hold only
/// <c>a-z 0-9 - : . _</c> (the anchors' <c>sm.VerifyGroupField</c>); partition names are xnames of type Partition,
/// <c>p#</c> or <c>p#.#</c>, as the API documents, so that <c>/State/Components/Query/p1</c> can name them.
/// </summary>
internal static class GroupFields
{
    /// <summary>The anchors' column width; longer names were a database error there.</summary>
    public const int MaxLength = 255;

    public static (string? Value, string? Error) Label(string value) => Field("group label", value);

    public static (string? Value, string? Error) Tag(string value) => Field("tag", value);

    public static (string? Value, string? Error) ExclusiveGroup(string value) => Field("exclusiveGroup", value);

    public static (string? Value, string? Error) PartitionName(string value) =>
        Xname.TryParse(value, out var xname, out _) && xname.Type == XnameType.Partition
            ? (xname.Value, null)
            : (null, $"'{value}' is not a valid partition name: use p# or p#.# (p1, p2.3)");

    /// <summary>Whether an already lower-cased text is a valid label, tag or exclusive-group name.</summary>
    public static bool IsValid(string normalized) =>
        normalized.Length is > 0 and <= MaxLength
        && normalized.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c is '-' or ':' or '.' or '_');

    private static (string?, string?) Field(string what, string value)
    {
        var normalized = value.ToLowerInvariant();
        return IsValid(normalized)
            ? (normalized, null)
            : (null, $"'{value}' is not a valid {what}: use 1 to {MaxLength} letters, digits, '-', ':', '.' or '_'");
    }
}
