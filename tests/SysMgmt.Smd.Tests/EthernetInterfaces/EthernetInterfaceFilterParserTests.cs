using SysMgmt.Smd.EthernetInterfaces;

namespace SysMgmt.Smd.Tests.EthernetInterfaces;

public sealed class EthernetInterfaceFilterParserTests
{
    private static Dictionary<string, IReadOnlyList<string>> Query(params (string Key, string Value)[] pairs) =>
        pairs.GroupBy(p => p.Key, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<string>)[.. g.Select(p => p.Value)], StringComparer.OrdinalIgnoreCase);

    [Fact]
    public void Parse_AnySpellingOfMacIpAndXname_IsNormalised()
    {
        var filter = EthernetInterfaceFilterParser.Parse(Query(
            ("macaddress", "A4-BF-01-3E-C8-B1"), ("IPAddress", "2001:DB8::0001"), ("ComponentID", "X3000C0S1B0N0"), ("ComponentID", "")));

        Assert.Null(filter.Problem);
        Assert.Equal(["a4bf013ec8b1"], filter.Value!.MacIds);
        Assert.Equal(["x3000c0s1b0n0"], filter.Value.ComponentIds.Values);
        Assert.True(filter.Value.ComponentIds.MatchBlank);
        Assert.Equal(["2001:db8::1"], filter.Value.IpAddresses.Values);
    }

    [Fact]
    public void Parse_TimestampGivenTwiceAndBadOne_ReportsBoth()
    {
        var filter = EthernetInterfaceFilterParser.Parse(Query(("OlderThan", "2024-01-01T00:00:00Z"), ("OlderThan", "2024-01-02T00:00:00Z"), ("NewerThan", "soon")));

        Assert.NotNull(filter.Problem);
        Assert.Contains("OlderThan may be given only once", filter.Problem.Detail, StringComparison.Ordinal);
        Assert.Contains("NewerThan 'soon' is not an RFC 3339 timestamp", filter.Problem.Detail, StringComparison.Ordinal);
    }
}
