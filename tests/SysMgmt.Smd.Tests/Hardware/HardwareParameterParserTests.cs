using SysMgmt.Smd.Hardware;

namespace SysMgmt.Smd.Tests.Hardware;

public sealed class HardwareParameterParserTests
{
    private static Dictionary<string, IReadOnlyList<string>> Query(params (string Key, string Value)[] pairs) =>
        pairs.GroupBy(p => p.Key, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<string>)[.. g.Select(p => p.Value)], StringComparer.OrdinalIgnoreCase);

    [Fact]
    public void ParseHistory_TimesWithOffsetOrUnencodedPlus_AreUtc()
    {
        var filter = HardwareParameterParser.ParseHistory(Query(("starttime", "2024-01-01T02:00:00 02:00"), ("endtime", "2024-02-01T00:00:00.5Z")));

        Assert.Null(filter.Problem);
        Assert.Equal(new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero), filter.Value!.Start);
        Assert.Equal(new DateTimeOffset(2024, 2, 1, 0, 0, 0, 500, TimeSpan.Zero), filter.Value.End);
    }

    [Fact]
    public void ParseHistory_SeveralBadValues_ReportsThemAllAtOnce()
    {
        var filter = HardwareParameterParser.ParseHistory(Query(("id", "x99999"), ("eventtype", "Moved"), ("starttime", "yesterday")));

        Assert.NotNull(filter.Problem);
        Assert.Contains("invalid xname: ", filter.Problem.Detail, StringComparison.Ordinal);
        Assert.Contains("'Moved' is not a hardware history event type", filter.Problem.Detail, StringComparison.Ordinal);
        Assert.Contains("starttime 'yesterday' is not an RFC 3339 time", filter.Problem.Detail, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("true", null, true, false)]
    [InlineData(null, "T", false, true)]
    [InlineData(null, null, true, false)]
    [InlineData("0", "1", false, true)]
    public void ParseQuery_ChildrenAndParents_DefaultToChildrenOnly(string? children, string? parents, bool expectChildren, bool expectParents)
    {
        var pairs = new List<(string, string)>();
        if (children is not null)
        {
            pairs.Add(("children", children));
        }

        if (parents is not null)
        {
            pairs.Add(("parents", parents));
        }

        var query = HardwareParameterParser.ParseQuery(Query([.. pairs]));

        Assert.Null(query.Problem);
        Assert.Equal((expectChildren, expectParents), (query.Value!.Children, query.Value.Parents));
    }

    [Fact]
    public void ParseQuery_HierarchicalFormat_IsRefusedAsNotImplemented()
    {
        var query = HardwareParameterParser.ParseQuery(Query(("format", "hierarchical")));

        Assert.Equal("bad query param: format 'Hierarchical' is not implemented; use FullyFlat or NestNodesOnly", query.Problem?.Detail);
    }
}
