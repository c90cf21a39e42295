using SysMgmt.Smd.Querying;

namespace SysMgmt.Smd.Tests.Querying;

public sealed class FilterValuesTests
{
    [Fact]
    public void Strings_NegatedAndPlainValues_SplitIntoIncludeAndExclude()
    {
        var errors = new List<string>();

        var condition = FilterValues.Strings(["x1000c0s0b0n0", "!X1000C0S1B0N0", "bogus"], FilterValues.Xname, errors);

        Assert.Equal(["x1000c0s0b0n0"], condition.Include);
        Assert.Equal(["x1000c0s1b0n0"], condition.Exclude);
        Assert.Single(errors);
    }

    [Fact]
    public void Listed_BlankNegatedAndInvalidValues_AreMatchBlankOrNamedErrors()
    {
        var errors = new List<string>();

        var allowed = FilterValues.Listed("IPAddress", ["", "10.0.0.1"], blankAllowed: true, v => (v, null), errors);
        var refused = FilterValues.Listed("Type", ["", "!Node", "Blade"], blankAllowed: false, v => (null, $"'{v}' is not a valid HMS Type"), errors);

        Assert.Equal(["10.0.0.1"], allowed.Values);
        Assert.True(allowed.MatchBlank);
        Assert.True(refused.IsEmpty);
        Assert.Equal(
            ["Type may not be blank", "Type '!Node': negation ('!') is not supported by the EthernetInterfaces filters", "Type 'Blade' is not a valid HMS Type"],
            errors);
    }

    [Theory]
    [InlineData("1", true)]
    [InlineData("t", true)]
    [InlineData("TRUE", true)]
    [InlineData("0", false)]
    [InlineData("F", false)]
    [InlineData("false", false)]
    public void TryParseBool_GoSpellings_AreAccepted(string text, bool expected)
    {
        Assert.True(FilterValues.TryParseBool(text, out var value));
        Assert.Equal(expected, value);
    }

    [Theory]
    [InlineData("yes")]
    [InlineData("2")]
    [InlineData("")]
    public void TryParseBool_OtherText_IsRefused(string text)
    {
        Assert.False(FilterValues.TryParseBool(text, out _));
    }

}
