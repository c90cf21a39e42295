namespace SysMgmt.Cli.Commands.Discover;

/// <summary>Values of a repeatable option, which may also be comma-separated as magellan (cobra) accepts them.</summary>
internal static class RepeatableValues
{
    public static IReadOnlyList<string> Split(IEnumerable<string>? values) =>
        [.. (values ?? []).SelectMany(v => v.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))];
}
